using System.Diagnostics.CodeAnalysis;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Assessment.Findings;

/// <summary>One problem found (发现的问题) in a unit during a quarter.</summary>
public sealed record Finding
{
    /// <summary>
    /// Creates a finding; throws <see cref="ValidationFailedException"/> carrying the report of <see cref="Validate"/>
    /// (code <c>AS001</c>) when a required text or the unit is missing. To check without throwing, call
    /// <see cref="Validate"/> or <see cref="TryCreate"/> first — the same validate-then-construct shape as
    /// <see cref="Rules.ScoringRuleSetJson.TryLoad(string, out Rules.ScoringRuleSet, out AccountabilityKit.Validation.ValidationReport)"/>.
    /// </summary>
    /// <param name="id">The finding's id, unique within the data set.</param>
    /// <param name="unit">The unit the finding is about (may be a subordinate unit of the scored unit).</param>
    /// <param name="quarter">The quarter the finding counts in.</param>
    /// <param name="source">Where it was found.</param>
    /// <param name="categoryCode">The rule set's category code (for example <c>political</c>).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="description">What was found.</param>
    public Finding(string id, OrgUnitId unit, AssessmentQuarter quarter, FindingSource source, string categoryCode, FindingSeverity severity, string description)
    {
        Validate(id, unit, source, categoryCode, severity, description).ThrowIfInvalid();
        Id = id;
        Unit = unit;
        Quarter = quarter;
        Source = source;
        CategoryCode = categoryCode;
        Severity = severity;
        Description = description;
    }

    /// <summary>The finding's id.</summary>
    public string Id { get; }

    /// <summary>The unit the finding is about.</summary>
    public OrgUnitId Unit { get; }

    /// <summary>The quarter it counts in.</summary>
    public AssessmentQuarter Quarter { get; }

    /// <summary>Where it was found.</summary>
    public FindingSource Source { get; }

    /// <summary>The rule set's category code.</summary>
    public string CategoryCode { get; }

    /// <summary>How serious it is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>What was found.</summary>
    public string Description { get; }

    /// <summary>The leaders responsible for it (the principal leader first, by convention).</summary>
    public IReadOnlyList<PersonId> ResponsibleLeaders { get; init; } = [];

    /// <summary>The date by which it must be rectified, if one was set.</summary>
    public LocalDate? RectificationDeadline { get; init; }

    /// <summary>The date it was rectified, if it was.</summary>
    public LocalDate? RectifiedOn { get; init; }

    /// <summary>References to the evidence (document numbers, file ids in the OA system).</summary>
    public IReadOnlyList<string> EvidenceReferences { get; init; } = [];

    /// <summary>True when the finding shows the Party committee failed its principal responsibility (主体责任); drives the letter to the leader in charge.</summary>
    public bool ShowsPrincipalResponsibilityFailure { get; init; }

    /// <summary>The rectification status at <paramref name="asOf"/>. A rectified date after <paramref name="asOf"/> is not yet known and counts as not rectified.</summary>
    /// <param name="asOf">The date to judge at.</param>
    /// <returns>The status and the days past the deadline.</returns>
    public RectificationState RectificationAt(LocalDate asOf)
    {
        var deadline = RectificationDeadline;
        if (RectifiedOn is { } done && done <= asOf)
        {
            if (deadline is { } d && done > d)
            {
                return new RectificationState(RectificationStatus.RectifiedLate, Period.DaysBetween(d, done));
            }

            return new RectificationState(RectificationStatus.RectifiedOnTime, 0);
        }

        if (deadline is { } due && asOf > due)
        {
            return new RectificationState(RectificationStatus.Overdue, Period.DaysBetween(due, asOf));
        }

        return new RectificationState(RectificationStatus.Open, 0);
    }

    /// <summary>Checks the values of a finding and reports every problem at once, with paths such as <c>$.categoryCode</c>.</summary>
    /// <param name="id">The finding's id.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="source">Where it was found.</param>
    /// <param name="categoryCode">The category code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="description">What was found.</param>
    /// <returns>The report (valid when a finding can be created from these values).</returns>
    public static ValidationReport Validate(string? id, OrgUnitId unit, FindingSource source, string? categoryCode, FindingSeverity severity, string? description)
    {
        var issues = new ValidationReportBuilder();
        Require(issues, id, "id", nameof(Messages.FindingIdRequired));
        Require(issues, categoryCode, "categoryCode", nameof(Messages.FindingCategoryRequired));
        Require(issues, description, "description", nameof(Messages.FindingDescriptionRequired));
        if (unit == default)
        {
            issues.Error(AssessmentIssueCodes.InvalidFinding, "unit", Catalog.Of(nameof(Messages.FindingUnitRequired)));
        }

        if (!Enum.IsDefined(source))
        {
            issues.Error(VocabularyIssueCodes.UndefinedEnumValue, "source", Catalog.Of(nameof(Messages.FindingSourceUndefined), ("value", (long)source)));
        }

        if (!Enum.IsDefined(severity))
        {
            issues.Error(VocabularyIssueCodes.UndefinedEnumValue, "severity", Catalog.Of(nameof(Messages.FindingSeverityUndefined), ("value", (long)severity)));
        }

        return issues.Build();
    }

    /// <summary>Creates a finding when the values are valid (see <see cref="Validate"/>); never throws for bad values.</summary>
    /// <param name="id">The finding's id.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="source">Where it was found.</param>
    /// <param name="categoryCode">The category code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="description">What was found.</param>
    /// <param name="finding">The finding, when valid.</param>
    /// <param name="report">Every problem found.</param>
    /// <returns>True when the finding was created.</returns>
    public static bool TryCreate(string? id, OrgUnitId unit, AssessmentQuarter quarter, FindingSource source, string? categoryCode, FindingSeverity severity, string? description, [NotNullWhen(true)] out Finding? finding, out ValidationReport report)
    {
        report = Validate(id, unit, source, categoryCode, severity, description);
        finding = report.IsValid ? new Finding(id!, unit, quarter, source, categoryCode!, severity, description!) : null;
        return finding is not null;
    }

    private static void Require(ValidationReportBuilder issues, string? value, string name, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            issues.Error(AssessmentIssueCodes.InvalidFinding, name, Catalog.Of(key));
        }
    }
}
