namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>
/// How <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/> adds AccountabilityKit to a user's
/// own model: which modules, table names, schema, and whether the provider maps NodaTime types natively.
/// </summary>
/// <remarks>
/// Modules: name the ones the host stores, e.g. <c>o.Checklists().Assessment()</c>; with none named (the default) every
/// module is mapped. No module needs another (ids, not foreign keys, link them), so naming one maps exactly its tables.
/// EF Core builds the model once per context type, so the modules are a property of the context type, not of an
/// instance.
/// </remarks>
public sealed class AccountabilityKitModelOptions
{
    private readonly SortedSet<AccountabilityKitModule> _modules = [];

    /// <summary>The modules named so far; empty (the default) maps every module.</summary>
    public IReadOnlyCollection<AccountabilityKitModule> Modules => _modules;

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

    /// <summary>Maps the organisation module: organisation units (<c>org_unit</c>).</summary>
    /// <returns>These options, to name further modules.</returns>
    public AccountabilityKitModelOptions Organization() => Add(AccountabilityKitModule.Organization);

    /// <summary>
    /// Maps the checklists module: templates (<c>checklist_template</c>), checklists (<c>checklist</c>), reviews and
    /// their hash-chained transitions (<c>checklist_review</c>, <c>checklist_review_transition</c>), duty records
    /// (<c>duty_record</c>).
    /// </summary>
    /// <returns>These options, to name further modules.</returns>
    public AccountabilityKitModelOptions Checklists() => Add(AccountabilityKitModule.Checklists);

    /// <summary>
    /// Maps the assessment module: findings (<c>finding</c>), score cards and their hash-chained versions
    /// (<c>score_card</c>, <c>score_card_version</c>), scoring rule-set versions (<c>scoring_rule_set_version</c>).
    /// </summary>
    /// <returns>These options, to name further modules.</returns>
    public AccountabilityKitModelOptions Assessment() => Add(AccountabilityKitModule.Assessment);

    /// <summary>
    /// Maps the accountability module: cases (<c>accountability_case</c>), their hash-chained decisions
    /// (<c>case_decision</c>), regulation-pack versions (<c>regulation_pack_version</c>).
    /// </summary>
    /// <returns>These options, to name further modules.</returns>
    public AccountabilityKitModelOptions Accountability() => Add(AccountabilityKitModule.Accountability);

    /// <summary>
    /// Maps the statistics module: the fact tables <c>accountability_fact</c> and <c>discipline_measure_fact</c> that
    /// <c>ExecuteStatRequestAsync</c> aggregates in SQL.
    /// </summary>
    /// <returns>These options, to name further modules.</returns>
    public AccountabilityKitModelOptions Statistics() => Add(AccountabilityKitModule.Statistics);

    private AccountabilityKitModelOptions Add(AccountabilityKitModule module)
    {
        _modules.Add(module);
        return this;
    }
}
