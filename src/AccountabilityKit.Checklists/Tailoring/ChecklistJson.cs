using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Tailoring;

/// <summary>
/// Reads and writes tailored checklists as JSON. Reading checks the shape (<c>AK040</c>–<c>AK044</c>), then ids, year
/// and owner, reporting every problem at once with its path; validate the content against the template with
/// <see cref="ChecklistValidator"/>.
/// </summary>
public static class ChecklistJson
{
    private static JsonTypeInfo<ChecklistDocument> DocumentInfo =>
        (JsonTypeInfo<ChecklistDocument>)Templates.ChecklistTemplateJson.Options.GetTypeInfo(typeof(ChecklistDocument));

    /// <summary>Reads a checklist, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="ValidationFailedException">The text is not a valid checklist.</exception>
    public static ResponsibilityChecklist Load(string json) =>
        TryLoad(json, out var checklist, out var report) ? checklist : throw new ValidationFailedException(report);

    /// <summary>Reads a checklist without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="checklist">The checklist, when valid.</param>
    /// <param name="report">Every problem found.</param>
    /// <returns>True when <paramref name="checklist"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ResponsibilityChecklist? checklist, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        checklist = null;
        if (!AccountabilityKitJson.TryRead(json, DocumentInfo, out var document, out report))
        {
            return false;
        }

        var issues = new ValidationReportBuilder();
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            issues.Error(Codes.EmptyChecklistField, "id", Catalog.Of(nameof(Messages.ChecklistIdEmpty)));
        }

        if (string.IsNullOrWhiteSpace(document.TemplateId))
        {
            issues.Error(Codes.EmptyChecklistField, "templateId", Catalog.Of(nameof(Messages.ChecklistTemplateIdEmpty)));
        }

        if (document.Year is < AssessmentYear.MinValue or > AssessmentYear.MaxValue)
        {
            issues.Error(Codes.WrongYear, "year", Templates.TemplateDocumentValidator.YearOutOfRange(document.Year));
        }

        var owner = issues.Under("owner");
        if (!OrgUnitId.TryCreate(document.Owner.Unit, out var unit))
        {
            owner.Error(VocabularyIssueCodes.InvalidIdentifier, "unit", Catalog.Of(nameof(Messages.InvalidUnitId), ("value", document.Owner.Unit)));
        }

        PersonId? person = null;
        if (document.Owner.Person is { } personText)
        {
            if (PersonId.TryCreate(personText, out var id))
            {
                person = id;
            }
            else
            {
                owner.Error(VocabularyIssueCodes.InvalidIdentifier, "person", Catalog.Of(nameof(Messages.InvalidPersonId), ("value", personText)));
            }
        }

        if ((document.Owner.Person is null) != (document.Owner.Role is null))
        {
            owner.Error(Codes.EmptyChecklistField, string.Empty, Catalog.Of(nameof(Messages.OwnerPersonRoleMismatch)));
        }

        for (var i = 0; i < document.Items.Count; i++)
        {
            var item = issues.At("items", i);
            if (document.Items[i] is null)
            {
                item.Error(VocabularyIssueCodes.NullJsonValue, string.Empty, Catalog.Of(nameof(Messages.ItemNull)));
            }
            else if (document.Items[i].Milestones.Any(static m => m is null))
            {
                item.Error(VocabularyIssueCodes.NullJsonValue, "milestones", Catalog.Of(nameof(Messages.MilestoneNull)));
            }
        }

        report = issues.Build();
        if (!report.IsValid)
        {
            return false;
        }

        checklist = new ResponsibilityChecklist(
            document.Id,
            document.TemplateId,
            new AssessmentYear(document.Year),
            new ChecklistOwner(unit, person, document.Owner.Role),
            document.Items.Select(static i => new ChecklistItem(
                i.Id, i.DutyCodes, i.Content, i.Measures, i.Milestones.Select(static m => new Milestone(m.Due, m.Deliverable, m.CompletedOn)), i.CompletionStandard)));
        return true;
    }

    /// <summary>Writes a checklist as indented JSON; <see cref="Load"/> reads it back.</summary>
    /// <param name="checklist">The checklist.</param>
    public static string Save(ResponsibilityChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var document = new ChecklistDocument
        {
            Id = checklist.Id,
            TemplateId = checklist.TemplateId,
            Year = checklist.Year.Value,
            Owner = new OwnerDocument { Unit = checklist.Owner.Unit.Value, Person = checklist.Owner.Person?.Value, Role = checklist.Owner.Role },
            Items = [.. checklist.Items.Select(static i => new ItemDocument
            {
                Id = i.Id,
                DutyCodes = [.. i.DutyCodes],
                Content = i.Content,
                Measures = i.Measures,
                Milestones = [.. i.Milestones.Select(static m => new MilestoneDocument { Due = m.Due, Deliverable = m.Deliverable, CompletedOn = m.CompletedOn })],
                CompletionStandard = i.CompletionStandard,
            })],
        };
        return AccountabilityKitJson.Write(document, DocumentInfo);
    }
}
