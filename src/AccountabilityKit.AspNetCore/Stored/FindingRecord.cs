using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The JSON contract of a stored finding (read, created and replaced): the record's own fields, camelCase.</summary>
internal sealed record FindingRecord
{
    public required string Id { get; init; }

    public required OrgUnitId Unit { get; init; }

    public required AssessmentQuarter Quarter { get; init; }

    public required FindingSource Source { get; init; }

    public required string CategoryCode { get; init; }

    public required FindingSeverity Severity { get; init; }

    public required string Description { get; init; }

    public LocalDate? RectificationDeadline { get; init; }

    public LocalDate? RectifiedOn { get; init; }

    public IReadOnlyList<PersonId>? ResponsibleLeaders { get; init; }

    public bool ShowsPrincipalResponsibilityFailure { get; init; }

    public IReadOnlyList<string>? EvidenceReferences { get; init; }

    public static FindingRecord From(Finding finding) => new()
    {
        Id = finding.Id,
        Unit = finding.Unit,
        Quarter = finding.Quarter,
        Source = finding.Source,
        CategoryCode = finding.CategoryCode,
        Severity = finding.Severity,
        Description = finding.Description,
        RectificationDeadline = finding.RectificationDeadline,
        RectifiedOn = finding.RectifiedOn,
        ResponsibleLeaders = finding.ResponsibleLeaders,
        ShowsPrincipalResponsibilityFailure = finding.ShowsPrincipalResponsibilityFailure,
        EvidenceReferences = finding.EvidenceReferences,
    };

    /// <summary>The domain record; its own checks throw <c>ValidationFailedException</c> (answered 400).</summary>
    public Finding ToFinding() => new(Id, Unit, Quarter, Source, CategoryCode, Severity, Description)
    {
        RectificationDeadline = RectificationDeadline,
        RectifiedOn = RectifiedOn,
        ResponsibleLeaders = ResponsibleLeaders ?? [],
        ShowsPrincipalResponsibilityFailure = ShowsPrincipalResponsibilityFailure,
        EvidenceReferences = EvidenceReferences ?? [],
    };
}
