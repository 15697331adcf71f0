using System.Collections.Immutable;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using NodaTime;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Records;

/// <summary>A record of duty performed (履责记实) for one checklist item: date, kind, description, evidence, person-times.</summary>
public sealed record DutyRecord
{
    /// <summary>Creates a record, checking it.</summary>
    /// <param name="checklistId">The checklist.</param>
    /// <param name="itemId">The checklist item it performs.</param>
    /// <param name="date">When.</param>
    /// <param name="kind">What kind of measure.</param>
    /// <param name="description">What was done.</param>
    /// <param name="evidenceReferences">References to evidence (document numbers, file ids); may be empty, never blank.</param>
    /// <param name="personTimes">How many person-times (人次) the measure counts, at least 1 (a talk with three cadres is 3).</param>
    /// <exception cref="ValidationFailedException">Empty ids or description, blank evidence reference, person-times below 1 (<c>CL060</c>).</exception>
    public DutyRecord(string checklistId, string itemId, LocalDate date, DutyRecordKind kind, string description, IEnumerable<string> evidenceReferences, int personTimes = 1)
    {
        ArgumentNullException.ThrowIfNull(evidenceReferences);
        var evidence = evidenceReferences.ToImmutableArray();
        // Paths are the constructor's parameter names (the record is built in code, not read from a document), so the
        // issues are added as they are rather than under a document root.
        var issues = new ValidationReportBuilder();
        void Require(bool ok, string parameter, Func<Message> text)
        {
            if (!ok)
            {
                issues.Add(ValidationIssue.Error(Codes.InvalidDutyRecord, parameter, text()));
            }
        }

        Require(!string.IsNullOrWhiteSpace(checklistId), nameof(checklistId), static () => Catalog.Of(nameof(Messages.ChecklistIdEmpty)));
        Require(!string.IsNullOrWhiteSpace(itemId), nameof(itemId), static () => Catalog.Of(nameof(Messages.ItemIdEmpty)));
        Require(!string.IsNullOrWhiteSpace(description), nameof(description), static () => Catalog.Of(nameof(Messages.RecordDescriptionEmpty)));
        Require(personTimes >= 1, nameof(personTimes), () => Catalog.Of(nameof(Messages.PersonTimesBelowOne), ("personTimes", personTimes)));
        Require(Enum.IsDefined(kind), nameof(kind), () => Catalog.Of(nameof(Messages.RecordKindUndefined), ("value", (int)kind)));
        for (var i = 0; i < evidence.Length; i++)
        {
            Require(!string.IsNullOrWhiteSpace(evidence[i]), JsonPaths.Index(nameof(evidenceReferences), i), static () => Catalog.Of(nameof(Messages.EvidenceReferenceBlank)));
        }

        issues.Build().ThrowIfInvalid();
        ChecklistId = checklistId;
        ItemId = itemId;
        Date = date;
        Kind = kind;
        Description = description;
        EvidenceReferences = evidence;
        PersonTimes = personTimes;
    }

    // For persistence (AccountabilityKit.EntityFrameworkCore): EF Core binds constructor parameters to mapped properties
    // by name and exact type; this delegates to the checking constructor, so a stored row is checked again on load.
    private DutyRecord(string checklistId, string itemId, LocalDate date, DutyRecordKind kind, string description, ImmutableArray<string> evidenceReferences, int personTimes)
        : this(checklistId, itemId, date, kind, description, (IEnumerable<string>)evidenceReferences, personTimes)
    {
    }

    /// <summary>The checklist.</summary>
    public string ChecklistId { get; }

    /// <summary>The checklist item it performs.</summary>
    public string ItemId { get; }

    /// <summary>When.</summary>
    public LocalDate Date { get; }

    /// <summary>What kind of measure.</summary>
    public DutyRecordKind Kind { get; }

    /// <summary>What was done.</summary>
    public string Description { get; }

    /// <summary>References to evidence.</summary>
    public ImmutableArray<string> EvidenceReferences { get; }

    /// <summary>Person-times (人次) the measure counts.</summary>
    public int PersonTimes { get; }

    /// <summary>True for first-form measures (第一种形态): talks, routine supervision, criticism and education.</summary>
    public bool IsFirstForm => Kind <= DutyRecordKind.CriticalEducation;
}
