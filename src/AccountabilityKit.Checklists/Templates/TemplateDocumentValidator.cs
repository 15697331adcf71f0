using AccountabilityKit.Localization;
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
        var issues = new ValidationReportBuilder();
        if (string.IsNullOrWhiteSpace(document.Id))
        {
            issues.Error(Codes.EmptyTemplateId, "id", Catalog.Of(nameof(Messages.TemplateIdEmpty)));
        }

        if (document.Year is < AssessmentYear.MinValue or > AssessmentYear.MaxValue)
        {
            issues.Error(Codes.WrongYear, "year", YearOutOfRange(document.Year));
        }
        else if (expectedYear is { } expected && expected.Value != document.Year)
        {
            issues.Error(Codes.WrongYear, "year", Catalog.Of(nameof(Messages.TemplateYearUnexpected), ("year", document.Year), ("expected", expected)));
        }

        if (document.Version < 1)
        {
            issues.Error(Codes.InvalidVersion, "version", Catalog.Of(nameof(Messages.VersionBelowOne), ("version", document.Version)));
        }

        if (string.IsNullOrWhiteSpace(document.Title))
        {
            issues.Error(Codes.EmptyText, "title", Catalog.Of(nameof(Messages.TemplateTitleEmpty)));
        }

        if (document.UnitKinds.Count == 0)
        {
            issues.Error(Codes.NoUnitKinds, "unitKinds", Catalog.Of(nameof(Messages.NoUnitKinds)));
        }

        var aspectCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var dutyCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var previousCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var a = 0; a < document.Aspects.Count; a++)
        {
            var at = issues.At("aspects", a);
            var aspect = document.Aspects[a]; // never null: the kit's strict reading refuses null elements (AK044)

            CheckCode(aspect.Code, at, aspectCodes, Codes.DuplicateAspectCode, nameof(Messages.AspectCodeEmpty), nameof(Messages.AspectCodeDuplicate));
            if (string.IsNullOrWhiteSpace(aspect.Title))
            {
                at.Error(Codes.EmptyText, "title", Catalog.Of(nameof(Messages.AspectTitleEmpty), ("code", aspect.Code)));
            }

            if (aspect.Duties.Count == 0)
            {
                at.Error(Codes.AspectWithoutDuties, "duties", Catalog.Of(nameof(Messages.AspectWithoutDuties), ("code", aspect.Code)));
            }

            for (var d = 0; d < aspect.Duties.Count; d++)
            {
                var dutyAt = at.At("duties", d);
                var duty = aspect.Duties[d];
                CheckDuty(duty, dutyAt, dutyCodes, previousCodes);
            }
        }

        var withdrawn = document.WithdrawnDutyCodes ?? [];
        for (var w = 0; w < withdrawn.Count; w++)
        {
            var code = withdrawn[w];
            var at = issues.At("withdrawnDutyCodes", w);
            if (string.IsNullOrWhiteSpace(code))
            {
                at.Error(Codes.EmptyCode, string.Empty, Catalog.Of(nameof(Messages.WithdrawnCodeEmpty)));
            }
            else if (previousCodes.TryGetValue(code, out var continuedBy))
            {
                at.Error(Codes.InvalidLineage, string.Empty, Catalog.Of(nameof(Messages.WithdrawnButContinued), ("code", code), ("continuedBy", continuedBy)));
            }
        }

        return issues.Build();
    }

    /// <summary>The year is outside <see cref="AssessmentYear.MinValue"/>..<see cref="AssessmentYear.MaxValue"/> (<c>CL002</c>).</summary>
    internal static Message YearOutOfRange(int year) =>
        Catalog.Of(nameof(Messages.YearOutOfRange), ("year", year), ("min", AssessmentYear.MinValue), ("max", AssessmentYear.MaxValue));

    private static void CheckDuty(DutyDocument duty, ValidationReportBuilder at, Dictionary<string, string> dutyCodes, Dictionary<string, string> previousCodes)
    {
        CheckCode(duty.Code, at, dutyCodes, Codes.DuplicateDutyCode, nameof(Messages.DutyCodeEmpty), nameof(Messages.DutyCodeDuplicate));
        if (string.IsNullOrWhiteSpace(duty.Text))
        {
            at.Error(Codes.EmptyText, "text", Catalog.Of(nameof(Messages.DutyTextEmpty), ("code", duty.Code)));
        }

        if (duty.Roles.Count == 0)
        {
            at.Error(Codes.UnknownRole, "roles", Catalog.Of(nameof(Messages.DutyWithoutRole), ("code", duty.Code)));
        }

        for (var r = 0; r < duty.Roles.Count; r++)
        {
            if (duty.Roles[r] is not { } role || !Roles.ContainsKey(role))
            {
                at.At("roles", r).Error(Codes.UnknownRole, string.Empty, Catalog.Of(nameof(Messages.UnknownRole), ("role", duty.Roles[r])));
            }
        }

        if (duty.Frequency is { } frequency && !Frequencies.ContainsKey(frequency))
        {
            at.Error(Codes.UnknownFrequency, "frequency", Catalog.Of(nameof(Messages.UnknownFrequency), ("frequency", frequency)));
        }

        if (duty.Lineage is { } lineage)
        {
            var lineageAt = at.Under("lineage");
            if (!LineageKinds.TryGetValue(lineage.Kind, out var kind))
            {
                lineageAt.Error(Codes.InvalidLineage, "kind", Catalog.Of(nameof(Messages.UnknownLineageKind), ("kind", lineage.Kind)));
            }
            else if (kind == LineageKind.New && lineage.PreviousCode is not null)
            {
                lineageAt.Error(Codes.InvalidLineage, "previousCode", Catalog.Of(nameof(Messages.NewDutyWithPrevious)));
            }
            else if (kind != LineageKind.New && string.IsNullOrWhiteSpace(lineage.PreviousCode))
            {
                lineageAt.Error(Codes.InvalidLineage, "previousCode", Catalog.Of(nameof(Messages.LineageNeedsPrevious), ("kind", lineage.Kind)));
            }
            else if (lineage.PreviousCode is { } previous && !previousCodes.TryAdd(previous, duty.Code))
            {
                lineageAt.Error(Codes.InvalidLineage, "previousCode", Catalog.Of(nameof(Messages.PreviousAlreadyContinued), ("code", previous), ("continuedBy", previousCodes[previous])));
            }
        }
    }

    private static void CheckCode(string code, ValidationReportBuilder at, Dictionary<string, string> seen, string duplicateCode, string emptyKey, string duplicateKey)
    {
        var path = at.PathOf("code");
        if (string.IsNullOrWhiteSpace(code))
        {
            at.Error(Codes.EmptyCode, "code", Catalog.Of(emptyKey));
        }
        else if (!seen.TryAdd(code, path))
        {
            at.Error(duplicateCode, "code", Catalog.Of(duplicateKey, ("code", code), ("firstPath", seen[code])));
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
