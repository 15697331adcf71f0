using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Synthetic;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Facts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.Cli.Demo;

/// <summary>Stores the demo in a SQLite file (deleted and recreated each run) through the tool's EF Core context.</summary>
internal sealed class SqliteDemoStore(string path) : IDemoStore
{
    public string Location => path;

    public async Task<IReadOnlyList<(string Table, int Rows)>> StoreAsync(SyntheticCity city, DemoResults results, CancellationToken cancellationToken)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            if (File.Exists(path))
            {
                SqliteConnection.ClearAllPools();
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot recreate the database '{path}': {e.Message}", e);
        }

        var options = new DbContextOptionsBuilder<DemoDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString())
            .Options;
        var db = new DemoDbContext(options);
        await using var dbScope = db.ConfigureAwait(false);
        await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        void Add(string kind, string key, string json) => db.Documents.Add(new StoredDocument { Kind = kind, Key = key, Json = json });
        foreach (var unit in city.Tree.Units)
        {
            Add("orgUnit", unit.Id.Value, AccountabilityKitJson.Write(unit, AccountabilityKitJson.TypeInfo<OrgUnit>()));
        }

        foreach (var cadre in city.Cadres)
        {
            Add("cadre", cadre.Id.Value, AccountabilityKitJson.Write(cadre, AccountabilityKitJson.TypeInfo<AccountabilityKit.People.Cadre>()));
        }

        foreach (var list in city.Checklists)
        {
            Add("checklist", list.Id, ChecklistJson.Save(list));
        }

        foreach (var finding in city.Findings)
        {
            Add("finding", finding.Id, AccountabilityKitJson.Write(FindingRecord.From(finding), CliJsonContext.InfoOf<FindingRecord>()));
        }

        foreach (var @case in city.Cases)
        {
            Add("accountabilityCase", @case.Id, AccountabilityCaseJson.Write(@case));
        }

        var factNumber = 0;
        foreach (var fact in results.Facts)
        {
            Add("accountabilityFact", (++factNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), AccountabilityKitJson.Write(fact, CliJsonContext.InfoOf<AccountabilityFact>()));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var counts = await db.Documents.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => ("demo_documents/" + c.Key, c.Count))];
    }
}
