using System.Collections.Frozen;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Citations;

/// <summary>
/// The regulations a deployment cites, by key. Immutable: <see cref="With"/> returns a new registry, so a province can
/// add its implementing rules (e.g. <c>JSIR2020</c>) without touching the default.
/// </summary>
public sealed class RegulationRegistry
{
    private readonly FrozenDictionary<string, Regulation> _byKey;

    private RegulationRegistry(FrozenDictionary<string, Regulation> byKey) => _byKey = byKey;

    /// <summary>
    /// The regulations AccountabilityKit cites, with the dates verified in the domain digest
    /// (<see cref="RegulationKeys"/> lists their keys). Dates that were not verified are left null.
    /// </summary>
    public static RegulationRegistry Default { get; } = CreateDefault();

    /// <summary>An empty registry.</summary>
    public static RegulationRegistry Empty { get; } = new(FrozenDictionary<string, Regulation>.Empty);

    /// <summary>Every registered regulation, ordered by key.</summary>
    public IEnumerable<Regulation> All => _byKey.Values.OrderBy(static r => r.Key, StringComparer.Ordinal);

    /// <summary>The number of registered regulations.</summary>
    public int Count => _byKey.Count;

    /// <summary>True when <paramref name="key"/> is registered.</summary>
    /// <param name="key">A regulation key such as <c>ARR2019</c>.</param>
    public bool Contains(string key) => _byKey.ContainsKey(key);

    /// <summary>Looks a regulation up by key.</summary>
    /// <param name="key">A regulation key.</param>
    /// <param name="regulation">The regulation when found.</param>
    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Regulation? regulation) =>
        _byKey.TryGetValue(key, out regulation);

    /// <summary>The regulation with the given key.</summary>
    /// <param name="key">A regulation key.</param>
    /// <exception cref="ValidationFailedException">The key is not registered (<c>AK031</c>).</exception>
    public Regulation Get(string key) =>
        TryGet(key, out var regulation) ? regulation : throw new ValidationFailedException(UnknownKey(key, nameof(key)));

    /// <summary>A registry with <paramref name="regulation"/> added, or replacing the one with the same key.</summary>
    /// <param name="regulation">The regulation.</param>
    /// <exception cref="ValidationFailedException">The key or a title is malformed (<c>AK033</c>).</exception>
    public RegulationRegistry With(Regulation regulation)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        var issues = new List<ValidationIssue>();
        if (!Citation.IsValidKey(regulation.Key))
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.InvalidRegulation, "key", Catalog.Of(nameof(Messages.InvalidRegulationKey), ("key", regulation.Key))));
        }

        if (string.IsNullOrWhiteSpace(regulation.Title) || string.IsNullOrWhiteSpace(regulation.ShortTitle) || string.IsNullOrWhiteSpace(regulation.EnglishTitle))
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.InvalidRegulation, "title", Catalog.Of(nameof(Messages.RegulationTitlesMissing), ("key", regulation.Key))));
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        var copy = new Dictionary<string, Regulation>(_byKey, StringComparer.Ordinal) { [regulation.Key] = regulation };
        return new RegulationRegistry(copy.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Checks that <paramref name="citation"/> names a registered regulation.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="path">Where the citation sits in the input, for the issue's path.</param>
    public ValidationReport Validate(Citation citation, string path = JsonPaths.Root) =>
        Contains(citation.RegulationKey) ? ValidationReport.Empty : ValidationReport.Of(UnknownKey(citation.RegulationKey, path));

    private static ValidationIssue UnknownKey(string key, string path) =>
        ValidationIssue.Error(VocabularyIssueCodes.UnknownRegulation, path, Catalog.Of(nameof(Messages.UnknownRegulation), ("key", key)));

    private static RegulationRegistry CreateDefault()
    {
        static LocalDate D(int y, int m, int d) => new(y, m, d);
        const VerificationStatus V = VerificationStatus.Verified;
        const VerificationStatus P = VerificationStatus.PartlyVerified;
        Regulation[] regulations =
        [
            new(RegulationKeys.AccountabilityRegulations2016, "中国共产党问责条例", "问责条例（2016年）", "Party Accountability Regulations (2016)", null, null, P),
            new(RegulationKeys.AccountabilityRegulations2019, "中国共产党问责条例", "问责条例", "Party Accountability Regulations (2019)", D(2019, 8, 25), D(2019, 9, 1), V, RegulationKeys.AccountabilityRegulations2016),
            new(RegulationKeys.PrincipalResponsibilityProvisions2020, "党委（党组）落实全面从严治党主体责任规定", "主体责任规定", "Provisions on Party Committees' (Groups') Principal Responsibility for Strict Party Governance (2020)", D(2020, 3, 9), null, V),
            new(RegulationKeys.DisciplinaryRegulations2018, "中国共产党纪律处分条例", "纪律处分条例（2018年）", "Party Disciplinary Regulations (2018)", null, null, P),
            new(RegulationKeys.DisciplinaryRegulations2023, "中国共产党纪律处分条例", "纪律处分条例", "Party Disciplinary Regulations (2023)", D(2023, 12, 19), D(2024, 1, 1), V, RegulationKeys.DisciplinaryRegulations2018),
            new(RegulationKeys.OrganizationalHandlingProvisions2021, "中国共产党组织处理规定（试行）", "组织处理规定", "Provisions on Organisational Handling (Trial, 2021)", D(2021, 3, 19), null, V),
            new(RegulationKeys.CadreSelectionRegulations2019, "党政领导干部选拔任用工作条例", "干部任用条例", "Regulations on the Selection and Appointment of Leading Cadres (2019)", null, null, V),
            new(RegulationKeys.CadreAssessmentRegulations2019, "党政领导干部考核工作条例", "干部考核条例", "Regulations on the Assessment of Leading Cadres (2019)", null, null, V),
            new(RegulationKeys.SupervisionEnforcementRules2019, "中国共产党纪律检查机关监督执纪工作规则", "监督执纪工作规则", "Rules on Supervision and Discipline Enforcement by Discipline Inspection Organs (2019)", null, D(2019, 1, 1), V),
            new(RegulationKeys.FourFormsIndicators2016, "纪检监察机关监督执纪“四种形态”统计指标体系（试行）", "四种形态统计指标体系", "Statistical Indicators of the Four Forms of Supervision and Discipline (Trial, 2016)", D(2016, 12, 9), null, V),
            new(RegulationKeys.DisciplineCommissionWorkRegulations2022, "中国共产党纪律检查委员会工作条例", "纪委工作条例", "Work Regulations of Party Discipline Inspection Commissions (2022)", null, null, P),
        ];
        return new RegulationRegistry(regulations.ToFrozenDictionary(static r => r.Key, StringComparer.Ordinal));
    }
}
