using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Synthetic;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.Cli.Demo;

/// <summary>
/// Stores the demo in a SQLite file through the tool's EF Core context. The file is claimed first
/// (<see cref="DemoDatabaseFile"/>: only a new path or an earlier demo database, locked for the run), written as a new
/// file of this run and put in place when complete.
/// </summary>
internal sealed class SqliteDemoStore(string path) : IDemoStore
{
    private DemoDatabaseFile? _file;

    public string Location => path;

    public IDisposable Claim() => _file = DemoDatabaseFile.Claim(path);

    public async Task<IReadOnlyList<(string Table, int Rows)>> StoreAsync(SyntheticCity city, DemoResults results, CancellationToken cancellationToken)
    {
        var file = _file ?? throw new InvalidOperationException("Claim the database path first.");
        var scratch = file.CreateScratch();
        var counts = await WriteAsync(scratch, city, results, cancellationToken).ConfigureAwait(false);
        file.Commit();
        return counts;
    }

    private static async Task<IReadOnlyList<(string Table, int Rows)>> WriteAsync(string scratch, SyntheticCity city, DemoResults results, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<DemoDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = scratch, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString())
            // The demo's histories record a fixed instant and the demo itself as the actor, so every run stores the same rows.
            .UseAccountabilityKit(history =>
            {
                history.Clock = new FixedClock(NodaTime.Instant.FromUtc(DemoRun.Year, 12, 31, 8, 0));
                history.Actor = DemoActor.Instance;
            })
            .Options;
        var db = new DemoDbContext(options);
        await using var dbScope = db.ConfigureAwait(false);
        await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync(DemoDatabaseFile.StampApplicationId, cancellationToken).ConfigureAwait(false);

        var mapped = new List<string>();

        // Each aggregate goes into the EF Core package's tables when ApplyAccountabilityKit maps its type,
        // otherwise into demo_documents as its JSON document.
        void Store<T>(string kind, IEnumerable<T> items, Func<T, string> key, Func<T, string> json)
            where T : class
        {
            if (db.Model.FindEntityType(typeof(T)) is { } entityType)
            {
                db.Set<T>().AddRange(items);
                mapped.Add(kind + " → " + (entityType.GetTableName() ?? entityType.Name));
                return;
            }

            foreach (var item in items)
            {
                db.Documents.Add(new StoredDocument { Kind = kind, Key = key(item), Json = json(item) });
            }
        }

        Store("orgUnit", city.Tree.Units, u => u.Id.Value, u => AccountabilityKitJson.Write(u, AccountabilityKitJson.TypeInfo<OrgUnit>()));
        Store("cadre", city.Cadres, c => c.Id.Value, c => AccountabilityKitJson.Write(c, AccountabilityKitJson.TypeInfo<AccountabilityKit.People.Cadre>()));
        Store("checklistTemplate", [SyntheticCity.TemplateFor(UnitKind.County), SyntheticCity.TemplateFor(UnitKind.CityDepartment)], t => t.Id, ChecklistTemplateJson.Save);
        Store("checklist", city.Checklists, l => l.Id, ResponsibilityChecklistJson.Save);
        Store("checklistReview", results.Reviews, r => r.ChecklistId, r => new System.Text.Json.Nodes.JsonObject
        {
            ["checklistId"] = r.ChecklistId,
            ["state"] = r.State.ToString(),
            ["returnCount"] = r.ReturnCount,
        }.ToJsonString());
        Store("scoreCard", results.Cards, c => $"{c.Unit.Value}/{c.Quarter}", c => new System.Text.Json.Nodes.JsonObject
        {
            ["unit"] = c.Unit.Value,
            ["quarter"] = c.Quarter.ToString(),
            ["total"] = c.Total,
        }.ToJsonString());
        Store("finding", city.Findings, f => f.Id, f => AccountabilityKitJson.Write(FindingRecord.From(f), CliJsonContext.InfoOf<FindingRecord>()));
        Store("accountabilityCase", city.Cases, c => c.Id, AccountabilityCaseJson.Save);
        var factNumber = 0;
        Store("accountabilityFact", results.Facts, _ => (++factNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), f => AccountabilityKitJson.Write(f, CliJsonContext.InfoOf<AccountabilityFact>()));

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<(string, int)>();
        foreach (var entityType in db.Model.GetEntityTypes().Where(e => e.ClrType != typeof(StoredDocument) && !e.IsOwned()).OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            if (entityType.GetTableName() is { } tableName)
            {
                counts.Add((tableName, await CountAsync(db, tableName, cancellationToken).ConfigureAwait(false)));
            }
        }

        var documents = await db.Documents.GroupBy(d => d.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        counts.AddRange(documents.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => ("demo_documents/" + c.Key, c.Count)));
        return counts;
    }

    private static async Task<int> CountAsync(DemoDbContext db, string table, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var command = db.Database.GetDbConnection().CreateCommand();
        await using var commandScope = command.ConfigureAwait(false);
#pragma warning disable CA2100 // The table name comes from the EF Core model, not from user input, and is quoted.
        command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
#pragma warning restore CA2100
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(result, System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The actor recorded on the demo's history entries.</summary>
internal sealed class DemoActor : AccountabilityKit.EntityFrameworkCore.History.IHistoryActor
{
    public static readonly DemoActor Instance = new();

    public AccountabilityKit.People.PersonId? Current { get; } = new AccountabilityKit.People.PersonId(SyntheticCity.CityId + "-AKIT-DEMO");
}
