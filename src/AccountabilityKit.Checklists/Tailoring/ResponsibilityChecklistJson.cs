using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Tailoring;

/// <summary>
/// The tailored-checklist document format (责任清单): <c>Load</c> / <c>TryLoad</c> / <c>Save</c> and its JSON <see cref="Schema"/>,
/// the shape every document format of the kit has. Reading checks the shape (<c>AK040</c>–<c>AK044</c>), then ids, year
/// and owner, reporting every problem at once with its path; a loaded checklist is validated, then constructed. Validate
/// the content against its template with <see cref="ChecklistValidator"/>.
/// </summary>
public static class ResponsibilityChecklistJson
{
    private const string SchemaResource = "AccountabilityKit.Checklists.responsibility-checklist.schema.json";

    private static JsonTypeInfo<ChecklistDocument> DocumentInfo =>
        (JsonTypeInfo<ChecklistDocument>)Templates.ChecklistTemplateJson.Options.GetTypeInfo(typeof(ChecklistDocument));

    /// <summary>The published JSON Schema of the checklist format (the file shipped in the package).</summary>
    public static string Schema => Templates.ChecklistTemplateJson.ReadResource(SchemaResource);

    /// <summary>Reads a checklist, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ValidationFailedException">The text is not a valid checklist; its report lists every problem.</exception>
    public static ResponsibilityChecklist Load(string json) =>
        TryLoad(json, out var checklist, out var report) ? checklist : throw new ValidationFailedException(report);

    /// <summary>Reads a checklist from a UTF-8 stream (read to its end), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid checklist (invalid UTF-8 is refused).</exception>
    public static ResponsibilityChecklist Load(Stream utf8Json) =>
        Load(utf8Json, null);

    /// <summary>Reads a checklist within <paramref name="limits"/>, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The text is not valid within the limits; its report lists every problem.</exception>
    public static ResponsibilityChecklist Load(string json, DocumentLimits? limits) =>
        TryLoad(json, limits, out var checklist, out var report) ? checklist : throw new ValidationFailedException(report);

    /// <summary>Reads a checklist from a UTF-8 stream within <paramref name="limits"/> (the size is checked while reading), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid document within the limits.</exception>
    public static ResponsibilityChecklist Load(Stream utf8Json, DocumentLimits? limits) =>
        TryLoad(utf8Json, limits, out var checklist, out var report) ? checklist : throw new ValidationFailedException(report);

    /// <summary>Reads a checklist within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="checklist">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(string json, DocumentLimits? limits, [NotNullWhen(true)] out ResponsibilityChecklist? checklist, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        checklist = null;
        return AccountabilityKitJson.TryEncode(json, limits ?? DocumentLimits.Default, out var bytes, out report)
            && TryLoadUtf8(bytes, limits, out checklist, out report);
    }

    /// <summary>Reads a checklist from a UTF-8 stream within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="checklist">The value, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when a value was read.</returns>
    public static bool TryLoad(Stream utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out ResponsibilityChecklist? checklist, out ValidationReport report)
    {
        checklist = null;
        return DocumentStreams.TryReadAll(utf8Json, limits, out var bytes, out report)
            && TryLoadUtf8(bytes.Span, limits, out checklist, out report);
    }

    /// <summary>Reads a checklist without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="checklist">The checklist, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when <paramref name="checklist"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ResponsibilityChecklist? checklist, out ValidationReport report)
        => TryLoad(json, null, out checklist, out report);

    /// <summary>Writes a checklist as indented JSON; <see cref="Load(string)"/> reads it back.</summary>
    /// <param name="checklist">The checklist.</param>
    /// <returns>The JSON text.</returns>
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

    /// <summary>Writes a checklist as indented JSON (UTF-8, no BOM) to a stream.</summary>
    /// <param name="checklist">The checklist.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Save(ResponsibilityChecklist checklist, Stream utf8Json) => DocumentStreams.Write(Save(checklist), utf8Json);

    /// <summary>Generates the JSON Schema from the format's types with System.Text.Json's schema exporter.</summary>
    internal static string GenerateSchema()
    {
        var options = Templates.ChecklistTemplateJson.Options;
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(options, typeof(ChecklistDocument), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = KitJsonSchema.Describe });
        node["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        node["title"] = "AccountabilityKit responsibility checklist (责任清单)";
        return node.ToJsonString(options) + "\n";
    }

    private static bool TryLoadUtf8(ReadOnlySpan<byte> utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out ResponsibilityChecklist? checklist, out ValidationReport report)
    {
        checklist = null;
        if (!AccountabilityKitJson.TryRead(utf8Json, DocumentInfo, limits, out var document, out report))
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
}
