using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>Checks a template document, reporting every problem at once, and builds the template.</summary>
internal static class TemplateDocumentValidator
{
    internal static readonly IReadOnlyDictionary<string, DutyRole> Roles = new Dictionary<string, DutyRole>(StringComparer.Ordinal)
    {
        ["team"] = DutyRole.Team,
        ["secretary"] = DutyRole.Secretary,
        ["member"] = DutyRole.Member,
        ["disciplineSecretary"] = DutyRole.DisciplineSecretary,
    };

    internal static readonly IReadOnlyDictionary<string, DutyFrequency> Frequencies = new Dictionary<string, DutyFrequency>(StringComparer.Ordinal)
    {
        ["monthly"] = DutyFrequency.Monthly,
        ["quarterly"] = DutyFrequency.Quarterly,
        ["halfYearly"] = DutyFrequency.HalfYearly,
        ["yearly"] = DutyFrequency.Yearly,
    };

    internal static readonly IReadOnlyDictionary<string, LineageKind> LineageKinds = new Dictionary<string, LineageKind>(StringComparer.Ordinal)
    {
        ["same"] = LineageKind.Same,
        ["changed"] = LineageKind.Changed,
        ["new"] = LineageKind.New,
    };

    internal static string RoleName(DutyRole role) => Roles.First(p => p.Value == role).Key;

    internal static string FrequencyName(DutyFrequency frequency) => Frequencies.First(p => p.Value == frequency).Key;

    internal static string LineageName(LineageKind kind) => LineageKinds.First(p => p.Value == kind).Key;

    public static ValidationReport Validate(TemplateDocument document, AssessmentYear? expectedYear)
    {
        var issues = new List<ValidationIssue>();
        const string root = JsonPaths.Root;
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            issues.Add(ValidationIssue.Error(Codes.EmptyTemplateId, JsonPaths.Property(root, "id"), "The template id is empty."));
        }

        if (document.Year is < AssessmentYear.MinValue or > AssessmentYear.MaxValue)
        {
            issues.Add(ValidationIssue.Error(Codes.WrongYear, JsonPaths.Property(root, "year"), $"The year {document.Year} is outside {AssessmentYear.MinValue}..{AssessmentYear.MaxValue}."));
        }
        else if (expectedYear is { } expected && expected.Value != document.Year)
        {
            issues.Add(ValidationIssue.Error(Codes.WrongYear, JsonPaths.Property(root, "year"), $"The template is for {document.Year}, but {expected.Value} was expected."));
        }

        if (document.Version < 1)
        {
            issues.Add(ValidationIssue.Error(Codes.InvalidVersion, JsonPaths.Property(root, "version"), $"The version {document.Version} is below 1."));
        }

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            issues.Add(ValidationIssue.Error(Codes.EmptyText, JsonPaths.Property(root, "title"), "The template title is empty."));
        }

        if (document.UnitKinds.Count == 0)
        {
            issues.Add(ValidationIssue.Error(Codes.NoUnitKinds, JsonPaths.Property(root, "unitKinds"), "The template applies to no unit kind."));
        }

        var aspectCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var dutyCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var previousCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var aspectsPath = JsonPaths.Property(root, "aspects");
        for (var a = 0; a < document.Aspects.Count; a++)
        {
            var aspectPath = JsonPaths.Index(aspectsPath, a);
            var aspect = document.Aspects[a];
            if (aspect is null)
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, aspectPath, "null is not allowed as an aspect."));
                continue;
            }

            CheckCode(aspect.Code, JsonPaths.Property(aspectPath, "code"), aspectCodes, Codes.DuplicateAspectCode, "aspect", issues);
            if (string.IsNullOrWhiteSpace(aspect.Title))
            {
                issues.Add(ValidationIssue.Error(Codes.EmptyText, JsonPaths.Property(aspectPath, "title"), "The aspect title is empty."));
            }

            var dutiesPath = JsonPaths.Property(aspectPath, "duties");
            if (aspect.Duties.Count == 0)
            {
                issues.Add(ValidationIssue.Error(Codes.AspectWithoutDuties, dutiesPath, $"The aspect '{aspect.Code}' has no duties."));
            }

            for (var d = 0; d < aspect.Duties.Count; d++)
            {
                var dutyPath = JsonPaths.Index(dutiesPath, d);
                var duty = aspect.Duties[d];
                if (duty is null)
                {
                    issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NullJsonValue, dutyPath, "null is not allowed as a duty."));
                    continue;
                }

                CheckDuty(duty, dutyPath, dutyCodes, previousCodes, issues);
            }
        }

        var withdrawnPath = JsonPaths.Property(root, "withdrawnDutyCodes");
        var withdrawn = document.WithdrawnDutyCodes ?? [];
        for (var w = 0; w < withdrawn.Count; w++)
        {
            var code = withdrawn[w];
            if (string.IsNullOrWhiteSpace(code))
            {
                issues.Add(ValidationIssue.Error(Codes.EmptyCode, JsonPaths.Index(withdrawnPath, w), "A withdrawn duty code is empty."));
            }
            else if (previousCodes.TryGetValue(code, out var continuedBy))
            {
                issues.Add(ValidationIssue.Error(Codes.InvalidLineage, JsonPaths.Index(withdrawnPath, w), $"Last year's duty '{code}' is withdrawn but also continued by '{continuedBy}'."));
            }
        }

        return ValidationReport.From(issues);
    }

    private static void CheckDuty(DutyDocument duty, string dutyPath, Dictionary<string, string> dutyCodes, Dictionary<string, string> previousCodes, List<ValidationIssue> issues)
    {
        CheckCode(duty.Code, JsonPaths.Property(dutyPath, "code"), dutyCodes, Codes.DuplicateDutyCode, "duty", issues);
        if (string.IsNullOrWhiteSpace(duty.Text))
        {
            issues.Add(ValidationIssue.Error(Codes.EmptyText, JsonPaths.Property(dutyPath, "text"), $"The text of duty '{duty.Code}' is empty."));
        }

        var rolesPath = JsonPaths.Property(dutyPath, "roles");
        if (duty.Roles.Count == 0)
        {
            issues.Add(ValidationIssue.Error(Codes.UnknownRole, rolesPath, $"Duty '{duty.Code}' names no role."));
        }

        for (var r = 0; r < duty.Roles.Count; r++)
        {
            if (duty.Roles[r] is not { } role || !Roles.ContainsKey(role))
            {
                issues.Add(ValidationIssue.Error(Codes.UnknownRole, JsonPaths.Index(rolesPath, r), $"'{duty.Roles[r]}' is not a role (team, secretary, member, disciplineSecretary)."));
            }
        }

        if (duty.Frequency is { } frequency && !Frequencies.ContainsKey(frequency))
        {
            issues.Add(ValidationIssue.Error(Codes.UnknownFrequency, JsonPaths.Property(dutyPath, "frequency"), $"'{frequency}' is not a frequency (monthly, quarterly, halfYearly, yearly)."));
        }

        if (duty.Lineage is { } lineage)
        {
            var lineagePath = JsonPaths.Property(dutyPath, "lineage");
            if (!LineageKinds.TryGetValue(lineage.Kind, out var kind))
            {
                issues.Add(ValidationIssue.Error(Codes.InvalidLineage, JsonPaths.Property(lineagePath, "kind"), $"'{lineage.Kind}' is not a lineage kind (same, changed, new)."));
            }
            else if (kind == LineageKind.New && lineage.PreviousCode is not null)
            {
                issues.Add(ValidationIssue.Error(Codes.InvalidLineage, JsonPaths.Property(lineagePath, "previousCode"), "A new duty continues no previous duty."));
            }
            else if (kind != LineageKind.New && string.IsNullOrWhiteSpace(lineage.PreviousCode))
            {
                issues.Add(ValidationIssue.Error(Codes.InvalidLineage, JsonPaths.Property(lineagePath, "previousCode"), $"A '{lineage.Kind}' duty must name the previous duty it continues."));
            }
            else if (lineage.PreviousCode is { } previous && !previousCodes.TryAdd(previous, duty.Code))
            {
                issues.Add(ValidationIssue.Error(Codes.InvalidLineage, JsonPaths.Property(lineagePath, "previousCode"), $"Last year's duty '{previous}' is already continued by '{previousCodes[previous]}'."));
            }
        }
    }

    private static void CheckCode(string code, string path, Dictionary<string, string> seen, string duplicateCode, string what, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            issues.Add(ValidationIssue.Error(Codes.EmptyCode, path, $"The {what} code is empty."));
        }
        else if (!seen.TryAdd(code, path))
        {
            issues.Add(ValidationIssue.Error(duplicateCode, path, $"The {what} code '{code}' is already used at {seen[code]}."));
        }
    }

    public static ChecklistTemplate Build(TemplateDocument document) =>
        new(
            document.Id,
            new AssessmentYear(document.Year),
            document.Version,
            document.Title,
            document.UnitKinds,
            document.Aspects.Select((a, i) => new Aspect(
                a.Code,
                a.Title,
                a.Order ?? i + 1,
                a.Duties.Select(static d => new Duty(d.Code, d.Text, d.IsMandatory, d.Roles.Select(r => Roles[r]), d.Tags)
                {
                    Frequency = d.Frequency is null ? null : Frequencies[d.Frequency],
                    SuggestedMilestone = d.SuggestedMilestone,
                    Lineage = d.Lineage is null ? null : new DutyLineage(LineageKinds[d.Lineage.Kind], d.Lineage.PreviousCode),
                }))))
        {
            PreviousTemplateId = document.PreviousTemplateId,
            WithdrawnDutyCodes = [.. document.WithdrawnDutyCodes ?? []],
        };

    public static TemplateDocument ToDocument(ChecklistTemplate template) => new()
    {
        Id = template.Id,
        Year = template.Year.Value,
        Version = template.Version,
        Title = template.Title,
        UnitKinds = [.. template.UnitKinds],
        PreviousTemplateId = template.PreviousTemplateId,
        WithdrawnDutyCodes = template.WithdrawnDutyCodes.IsEmpty ? null : [.. template.WithdrawnDutyCodes],
        Aspects = [.. template.Aspects.Select(static a => new AspectDocument
        {
            Code = a.Code,
            Title = a.Title,
            Order = a.Order,
            Duties = [.. a.Duties.Select(static d => new DutyDocument
            {
                Code = d.Code,
                Text = d.Text,
                IsMandatory = d.IsMandatory,
                Roles = [.. d.Roles.Select(RoleName)],
                Tags = d.Tags.IsEmpty ? null : [.. d.Tags],
                Frequency = d.Frequency is { } f ? FrequencyName(f) : null,
                SuggestedMilestone = d.SuggestedMilestone,
                Lineage = d.Lineage is { } l ? new LineageDocument { Kind = LineageName(l.Kind), PreviousCode = l.PreviousCode } : null,
            })],
        })],
    };
}
