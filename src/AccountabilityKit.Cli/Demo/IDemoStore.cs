using AccountabilityKit.Cli.Synthetic;

namespace AccountabilityKit.Cli.Demo;

/// <summary>Where the demo stores the city and its results: one step, behind this interface.</summary>
internal interface IDemoStore
{
    /// <summary>A short description of where the data goes (e.g. the database file).</summary>
    string Location { get; }

    /// <summary>Claims the store for this run (checks it may be written, locks it) before any work; dispose to release it.</summary>
    IDisposable Claim();

    /// <summary>Recreates the store and writes everything; returns the number of rows per table, in table-name order.</summary>
    Task<IReadOnlyList<(string Table, int Rows)>> StoreAsync(SyntheticCity city, DemoResults results, CancellationToken cancellationToken);
}
