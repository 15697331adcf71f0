using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>Reads a pack document and checks its meaning, reporting every problem at once with its JSON path.</summary>
internal static partial class RegulationPackReader
{
    internal const int SupportedFormatVersion = 1;

    internal static readonly ImmutableArray<string> SupportedVersions =
        [RegulationKeys.AccountabilityRegulations2019, RegulationKeys.AccountabilityRegulations2016];

    private static readonly Citation FormsArticle = Citation.Parse("ARR2019 Art. 8");

    internal static JsonSerializerOptions Options { get; } = CreateFrozenOptions();

    internal static JsonTypeInfo<PackDocument> DocumentInfo { get; } = (JsonTypeInfo<PackDocument>)Options.GetTypeInfo(typeof(PackDocument));

    internal static bool TryRead(ReadOnlySpan<byte> utf8Json, DocumentLimits? limits, Func<string, RegulationPack?> findLoaded, out RegulationPack? pack, out ValidationReport report)
    {
        pack = null;
        if (!AccountabilityKitJson.TryRead(utf8Json, DocumentInfo, limits, out var document, out report))
        {
            return false;
        }

        report = Check(document, findLoaded, out pack);
        return report.IsValid;
    }

    private static JsonSerializerOptions CreateFrozenOptions()
    {
        var options = AccountabilityKitJson.CreateOptions(PackJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }

    private static ValidationReport Check(PackDocument d, Func<string, RegulationPack?> findLoaded, out RegulationPack? pack)
    {
        pack = null;
        var issues = new ValidationReportBuilder();
        if (d.FormatVersion != SupportedFormatVersion)
        {
            issues.Error(AccountabilityIssueCodes.UnsupportedFormatVersion, "formatVersion", Catalog.Of(nameof(Messages.PackFormatVersionUnsupported), ("version", d.FormatVersion), ("supported", SupportedFormatVersion)));
        }

        if (!SupportedVersions.Contains(d.RegulationVersion))
        {
            issues.Error(AccountabilityIssueCodes.UnknownRegulationVersion, "regulationVersion", Catalog.Of(nameof(Messages.PackRegulationVersionUnsupported), ("version", d.RegulationVersion), MessageArgument.List("supported", SupportedVersions)));
        }

        if (!PackIdPattern().IsMatch(d.Id))
        {
            issues.Error(AccountabilityIssueCodes.InvalidPackId, "id", Catalog.Of(nameof(Messages.PackIdInvalid), ("id", d.Id)));
        }

        if (string.IsNullOrWhiteSpace(d.Title))
        {
            issues.Error(VocabularyIssueCodes.EmptyName, "title", Catalog.Of(nameof(Messages.PackTitleEmpty)));
        }

        var basePack = CheckExtends(d, findLoaded, issues);

        var forms = Section(d.Forms, "forms", issues, (e, entry) =>
        {
            if (e.Severity is < 1 or > 20)
            {
                entry.Error(AccountabilityIssueCodes.NumberOutOfRange, "severity", Catalog.Of(nameof(Messages.PackSeverityOutOfRange), ("severity", e.Severity)));
            }

            CheckFits(e.Form, e.SubjectKind, entry);
        }, static (e, c) => new FormRule(e.Id, e.SubjectKind, e.Form, e.Severity, e.Harm, c, e.Status, e.Note));

        var authorities = Section(d.Authorities, "authorities", issues, (e, entry) => CheckFits(e.Form, e.SubjectKind, entry),
            static (e, c) => new AuthorityRule(e.Id, e.AuthorityKind, e.SubjectKind, e.Form, e.Power, c, e.Status, e.Note));
        var circumstances = Section(d.Circumstances, "circumstances", issues, null, static (e, c) => new CircumstanceRule(e.Id, e.Circumstance, c, e.Status, e.Note));
        var modifiers = Section(d.Modifiers, "modifiers", issues, null, static (e, c) => new ModifierRule(e.Id, e.Kind, e.Effect, c, e.Status, e.Note));
        var timeLimits = Section(d.TimeLimits, "timeLimits", issues, (e, entry) =>
        {
            if (e.Months is < 0 or > 120)
            {
                entry.Error(AccountabilityIssueCodes.NumberOutOfRange, "months", Catalog.Of(nameof(Messages.PackMonthsOutOfRange), ("months", e.Months), ("max", 120)));
            }

            if (e.Days is < 0 or > 366)
            {
                entry.Error(AccountabilityIssueCodes.NumberOutOfRange, "days", Catalog.Of(nameof(Messages.PackDaysOutOfRange), ("days", e.Days), ("max", 366)));
            }

            if (e.Months == 0 && e.Days == 0)
            {
                entry.Error(AccountabilityIssueCodes.NumberOutOfRange, "months", Catalog.Of(nameof(Messages.PackTimeLimitZero)));
            }
        }, static (e, c) => new TimeLimitRule(e.Id, e.Step, e.From, e.Months, e.Days, c, e.Status, e.Note));
        var influence = Section(d.InfluencePeriods, "influencePeriods", issues, (e, entry) =>
        {
            if (e.Months is < 0 or > 240)
            {
                entry.Error(AccountabilityIssueCodes.NumberOutOfRange, "months", Catalog.Of(nameof(Messages.PackMonthsOutOfRange), ("months", e.Months), ("max", 240)));
            }

            if (e.Adjustment is not null && e.Form != AccountabilityForm.OrganizationalAdjustment)
            {
                entry.Error(AccountabilityIssueCodes.FormKindMismatch, "adjustment", Catalog.Of(nameof(Messages.PackAdjustmentWithoutForm), MessageArgument.Of("form", AccountabilityForm.OrganizationalAdjustment)));
            }

            if (e.Sanction is not null && e.Form != AccountabilityForm.DisciplinarySanction)
            {
                entry.Error(AccountabilityIssueCodes.FormKindMismatch, "sanction", Catalog.Of(nameof(Messages.PackSanctionWithoutForm), MessageArgument.Of("form", AccountabilityForm.DisciplinarySanction)));
            }
        }, static (e, c) => new InfluencePeriodRule(e.Id, e.Form, e.Adjustment, e.Sanction, e.Effect, e.Months, c, e.Status, e.Note));
        var fourForms = Section(d.FourForms, "fourForms", issues, null, static (e, c) => new FourFormsRule(e.Id, e.Measure, e.Form, c, e.Status, e.Note));

        var mergedForms = Merge(basePack?.Forms, forms);
        CheckSeverities(d.Forms, mergedForms, issues);
        if (d.Extends is null && (d.Forms is null || d.Forms.Count == 0))
        {
            issues.Error(AccountabilityIssueCodes.InconsistentForm, "forms", Catalog.Of(nameof(Messages.PackBaseWithoutForms)), FormsArticle);
        }

        if (issues.Count > 0)
        {
            return issues.Build();
        }

        pack = new RegulationPack(
            d.Id,
            d.RegulationVersion,
            d.Title,
            d.Extends,
            mergedForms,
            Merge(basePack?.Authorities, authorities),
            Merge(basePack?.Circumstances, circumstances),
            Merge(basePack?.Modifiers, modifiers),
            Merge(basePack?.TimeLimits, timeLimits),
            Merge(basePack?.InfluencePeriods, influence),
            Merge(basePack?.FourForms, fourForms));
        return ValidationReport.Empty;
    }

    private static void CheckFits(AccountabilityForm form, SubjectKind subject, ValidationReportBuilder entry)
    {
        if (!FitsSubject(form, subject))
        {
            entry.Error(AccountabilityIssueCodes.InconsistentForm, "form", Catalog.Of(nameof(Messages.PackFormDoesNotFitSubject), MessageArgs.Enum("form", form), MessageArgs.Enum("subject", subject)), FormsArticle);
        }
    }

    private static RegulationPack? CheckExtends(PackDocument d, Func<string, RegulationPack?> findLoaded, ValidationReportBuilder issues)
    {
        if (d.Extends is null)
        {
            return null;
        }

        const string path = "extends";
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = d.Extends;
        RegulationPack? first = null;
        while (current is not null)
        {
            if (string.Equals(current, d.Id, StringComparison.Ordinal) || !visited.Add(current))
            {
                issues.Error(AccountabilityIssueCodes.CyclicOverride, path, Catalog.Of(nameof(Messages.PackCyclicOverride), ("pack", d.Id), ("extends", d.Extends), ("current", current)));
                return null;
            }

            var found = findLoaded(current);
            if (found is null)
            {
                issues.Error(AccountabilityIssueCodes.UnknownBasePack, path, Catalog.Of(nameof(Messages.PackBaseNotLoaded), ("pack", d.Id), ("base", current)));
                return null;
            }

            first ??= found;
            current = found.Extends;
        }

        if (first is not null && !string.Equals(first.RegulationVersion, d.RegulationVersion, StringComparison.Ordinal))
        {
            issues.Error(AccountabilityIssueCodes.BaseVersionMismatch, path, Catalog.Of(
                nameof(Messages.PackBaseVersionMismatch),
                ("pack", d.Id),
                ("version", d.RegulationVersion),
                ("base", first.Id),
                ("baseVersion", first.RegulationVersion)));
            return null;
        }

        return first;
    }

    private static ImmutableArray<TRule> Section<TDto, TRule>(
        IReadOnlyList<TDto?>? entries,
        string name,
        ValidationReportBuilder issues,
        Action<TDto, ValidationReportBuilder>? check,
        Func<TDto, Citation, TRule> create)
        where TDto : EntryDto
    {
        if (entries is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<TRule>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var scope = issues.At(name, i);
            var entry = entries[i]!; // never null: the kit's strict reading refuses null elements (AK044)

            var before = issues.Count;
            if (string.IsNullOrWhiteSpace(entry.Id))
            {
                scope.Error(AccountabilityIssueCodes.InvalidPackId, "id", Catalog.Of(nameof(Messages.PackEntryIdEmpty)));
            }
            else if (!ids.Add(entry.Id))
            {
                scope.Error(AccountabilityIssueCodes.DuplicateEntryId, "id", Catalog.Of(nameof(Messages.PackEntryIdDuplicate), ("id", entry.Id), ("section", name)));
            }

            var citation = CheckCitation(entry.Citation, scope.Under("citation"));
            check?.Invoke(entry, scope);
            if (issues.Count == before && citation is { } c)
            {
                result.Add(create(entry, c));
            }
        }

        return result.ToImmutable();
    }

    private static Citation? CheckCitation(string? text, ValidationReportBuilder at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            at.Error(AccountabilityIssueCodes.MissingCitation, string.Empty, Catalog.Of(nameof(Messages.PackCitationMissing)));
            return null;
        }

        if (!Citation.TryParse(text, out var citation))
        {
            at.Error(AccountabilityIssueCodes.InvalidCitation, string.Empty, Catalog.Of(nameof(Messages.PackCitationMalformed), ("text", text)));
            return null;
        }

        if (!RegulationRegistry.Default.Contains(citation.RegulationKey))
        {
            at.Error(AccountabilityIssueCodes.InvalidCitation, string.Empty, Catalog.Of(nameof(Messages.PackCitationUnknownRegulation), ("text", text), ("key", citation.RegulationKey)));
            return null;
        }

        return citation;
    }

    private static void CheckSeverities(IReadOnlyList<FormDto?>? own, ImmutableArray<FormRule> merged, ValidationReportBuilder issues)
    {
        foreach (var group in merged.GroupBy(static f => (f.SubjectKind, f.Severity)).Where(static g => g.Count() > 1))
        {
            var index = own is null ? -1 : own.ToList().FindIndex(e => e is not null && e.SubjectKind == group.Key.SubjectKind && e.Severity == group.Key.Severity);
            var at = index < 0 ? issues.Under("forms") : issues.At("forms", index).Under("severity");
            var shared = group.ToList();
            at.Error(AccountabilityIssueCodes.InconsistentForm, string.Empty, Catalog.Of(
                nameof(Messages.PackSeveritiesShared),
                MessageArgs.Enum("subject", group.Key.SubjectKind),
                MessageArgs.Enum("form", shared[0].Form),
                MessageArgs.Enum("other", shared[1].Form),
                ("severity", group.Key.Severity)));
        }
    }

    private static ImmutableArray<T> Merge<T>(ImmutableArray<T>? baseEntries, ImmutableArray<T> own)
        where T : PackEntry
    {
        if (baseEntries is not { } b || b.IsEmpty)
        {
            return own;
        }

        var replaced = own.Select(static e => e.Id).ToHashSet(StringComparer.Ordinal);
        return [.. b.Where(e => !replaced.Contains(e.Id)), .. own];
    }

    private static bool FitsSubject(AccountabilityForm form, SubjectKind subject) => form switch
    {
        AccountabilityForm.WrittenExamination or AccountabilityForm.Reorganization => subject == SubjectKind.Organization,
        AccountabilityForm.Admonishment or AccountabilityForm.OrganizationalAdjustment or AccountabilityForm.DisciplinarySanction => subject == SubjectKind.Cadre,
        _ => true,
    };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex PackIdPattern();
}
