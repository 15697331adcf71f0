namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>
/// How <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/> adds AccountabilityKit to a user's
/// own model: table names, schema, and whether the provider maps NodaTime types natively.
/// </summary>
public sealed class AccountabilityKitModelOptions
{
    /// <summary>The prefix put before every AccountabilityKit table name (default <c>ak_</c>), so our tables sort together
    /// and never collide with the host's.</summary>
    public string TablePrefix { get; set; } = "ak_";

    /// <summary>The schema for every AccountabilityKit table, or <see langword="null"/> for the provider's default
    /// (SQLite has no schemas and ignores it).</summary>
    public string? Schema { get; set; }

    /// <summary>
    /// True when the provider maps NodaTime types natively — PostgreSQL with Npgsql's NodaTime plugin
    /// (<c>UseNpgsql(…, o =&gt; o.UseNodaTime())</c>): <c>LocalDate</c> becomes <c>date</c> and <c>Instant</c>
    /// <c>timestamp with time zone</c>. False (the default, e.g. SQLite): they are stored through order-preserving
    /// conversions (ISO-8601 text for dates, ticks for instants), so filters and ordering still run in SQL.
    /// </summary>
    public bool ProviderMapsNodaTime { get; set; }

    /// <summary>The table name for an entity: <see cref="TablePrefix"/> + <paramref name="name"/>.</summary>
    /// <param name="name">The unprefixed name, snake_case, e.g. <c>accountability_case</c>.</param>
    public string TableName(string name) => TablePrefix + name;
}
