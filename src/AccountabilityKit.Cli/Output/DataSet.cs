namespace AccountabilityKit.Cli.Output;

/// <summary>Rows of text under named columns: what a command prints as a table, JSON array or CSV.</summary>
internal sealed class DataSet
{
    private readonly List<string?[]> _rows = [];

    public DataSet(params DataColumn[] columns) => Columns = columns;

    public IReadOnlyList<DataColumn> Columns { get; }

    public IReadOnlyList<string?[]> Rows => _rows;

    public DataSet Add(params string?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }
}
