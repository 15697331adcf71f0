using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>Reads a pack document and checks its meaning, reporting every problem at once with its JSON path.</summary>
internal static partial class RegulationPackReader
{
    internal const int SupportedFormatVersion = 1;

    internal static readonly ImmutableArray<string> SupportedVersions =
        [RegulationKeys.AccountabilityRegulations2019, RegulationKeys.AccountabilityRegulations2016];

    internal static JsonSerializerOptions Options { get; } = CreateFrozenOptions();

    internal static JsonTypeInfo<PackDocument> DocumentInfo { get; } = (JsonTypeInfo<PackDocument>)Options.GetTypeInfo(typeof(PackDocument));

    internal static bool TryRead(string json, Func<string, RegulationPack?> findLoaded, out RegulationPack? pack, out ValidationReport report)
    {
        pack = null;
        if (!AccountabilityKitJson.TryRead(json, DocumentInfo, out var document, out report))
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
        var issues = new List<ValidationIssue>();
        const string root = JsonPaths.Root;
        if (d.FormatVersion != SupportedFormatVersion)
        {
            issues.Add(Error(AccountabilityIssueCodes.UnsupportedFormatVersion, JsonPaths.Property(root, "formatVersion"), $"formatVersion {d.FormatVersion} is not supported; this library reads version {SupportedFormatVersion}."));
        }

        if (!SupportedVersions.Contains(d.RegulationVersion))
        {
            issues.Add(Error(AccountabilityIssueCodes.UnknownRegulationVersion, JsonPaths.Property(root, "regulationVersion"), $"The regulation version '{d.RegulationVersion}' is not supported; use one of {string.Join(", ", SupportedVersions)}."));
        }

        if (!PackIdPattern().IsMatch(d.Id))
        {
            issues.Add(Error(AccountabilityIssueCodes.InvalidPackId, JsonPaths.Property(root, "id"), $"The pack id '{d.Id}' must be 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }

        if (string.IsNullOrWhiteSpace(d.Title))
        {
            issues.Add(Error(VocabularyIssueCodes.EmptyName, JsonPaths.Property(root, "title"), "The pack title is empty."));
        }

        var basePack = CheckExtends(d, findLoaded, issues);

        var forms = Section(d.Forms, "forms", issues, (e, path) =>
        {
            if (e.Severity is < 1 or > 20)
            {
                issues.Add(Error(AccountabilityIssueCodes.NumberOutOfRange, JsonPaths.Property(path, "severity"), $"The severity {e.Severity} must be between 1 and 20."));
            }

            if (!FitsSubject(e.Form, e.SubjectKind))
            {
                issues.Add(Error(AccountabilityIssueCodes.InconsistentForm, JsonPaths.Property(path, "form"), $"The form '{e.Form}' cannot apply to a subject of kind '{e.SubjectKind}' (ARR2019 Art. 8)."));
            }
        }, static (e, c) => new FormRule(e.Id, e.SubjectKind, e.Form, e.Severity, e.Harm, c, e.Status, e.Note));

        var authorities = Section(d.Authorities, "authorities", issues, (e, path) =>
        {
            if (!FitsSubject(e.Form, e.SubjectKind))
            {
                issues.Add(Error(AccountabilityIssueCodes.InconsistentForm, JsonPaths.Property(path, "form"), $"The form '{e.Form}' cannot apply to a subject of kind '{e.SubjectKind}' (ARR2019 Art. 8)."));
            }
        }, static (e, c) => new AuthorityRule(e.Id, e.AuthorityKind, e.SubjectKind, e.Form, e.Power, c, e.Status, e.Note));
        var circumstances = Section(d.Circumstances, "circumstances", issues, null, static (e, c) => new CircumstanceRule(e.Id, e.Circumstance, c, e.Status, e.Note));
        var modifiers = Section(d.Modifiers, "modifiers", issues, null, static (e, c) => new ModifierRule(e.Id, e.Kind, e.Effect, c, e.Status, e.Note));
        var timeLimits = Section(d.TimeLimits, "timeLimits", issues, (e, path) =>
        {
            if (e.Months is < 0 or > 120)
            {
                issues.Add(Error(AccountabilityIssueCodes.NumberOutOfRange, JsonPaths.Property(path, "months"), $"The months {e.Months} must be between 0 and 120."));
            }

            if (e.Days is < 0 or > 366)
            {
                issues.Add(Error(AccountabilityIssueCodes.NumberOutOfRange, JsonPaths.Property(path, "days"), $"The days {e.Days} must be between 0 and 366."));
            }

            if (e.Months == 0 && e.Days == 0)
            {
                issues.Add(Error(AccountabilityIssueCodes.NumberOutOfRange, JsonPaths.Property(path, "months"), "A time limit must be longer than zero."));
            }
        }, static (e, c) => new TimeLimitRule(e.Id, e.Step, e.From, e.Months, e.Days, c, e.Status, e.Note));
        var influence = Section(d.InfluencePeriods, "influencePeriods", issues, (e, path) =>
        {
            if (e.Months is < 0 or > 240)
            {
                issues.Add(Error(AccountabilityIssueCodes.NumberOutOfRange, JsonPaths.Property(path, "months"), $"The months {e.Months} must be between 0 and 240."));
            }

            if (e.Adjustment is not null && e.Form != AccountabilityForm.OrganizationalAdjustment)
            {
                issues.Add(Error(AccountabilityIssueCodes.FormKindMismatch, JsonPaths.Property(path, "adjustment"), "An adjustment kind is only allowed with the form 'organizationalAdjustment'."));
            }

            if (e.Sanction is not null && e.Form != AccountabilityForm.DisciplinarySanction)
            {
                issues.Add(Error(AccountabilityIssueCodes.FormKindMismatch, JsonPaths.Property(path, "sanction"), "A sanction is only allowed with the form 'disciplinarySanction'."));
            }
        }, static (e, c) => new InfluencePeriodRule(e.Id, e.Form, e.Adjustment, e.Sanction, e.Effect, e.Months, c, e.Status, e.Note));
        var fourForms = Section(d.FourForms, "fourForms", issues, null, static (e, c) => new FourFormsRule(e.Id, e.Measure, e.Form, c, e.Status, e.Note));

        var mergedForms = Merge(basePack?.Forms, forms);
        CheckSeverities(d.Forms, mergedForms, issues);
        if (d.Extends is null && (d.Forms is null || d.Forms.Count == 0))
        {
            issues.Add(Error(AccountabilityIssueCodes.InconsistentForm, JsonPaths.Property(root, "forms"), "A base pack must allow at least one form."));
        }

        if (issues.Count > 0)
        {
            return ValidationReport.From(issues);
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

    private static RegulationPack? CheckExtends(PackDocument d, Func<string, RegulationPack?> findLoaded, List<ValidationIssue> issues)
    {
        if (d.Extends is null)
        {
            return null;
        }

        var path = JsonPaths.Property(JsonPaths.Root, "extends");
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = d.Extends;
        RegulationPack? first = null;
        while (current is not null)
        {
            if (string.Equals(current, d.Id, StringComparison.Ordinal) || !visited.Add(current))
            {
                issues.Add(Error(AccountabilityIssueCodes.CyclicOverride, path, $"The pack '{d.Id}' extends '{d.Extends}', which leads back to '{current}': overrides must not form a cycle."));
                return null;
            }

            var found = findLoaded(current);
            if (found is null)
            {
                issues.Add(Error(AccountabilityIssueCodes.UnknownBasePack, path, $"The pack '{current}' that '{d.Id}' extends is not loaded."));
                return null;
            }

            first ??= found;
            current = found.Extends;
        }

        if (first is not null && !string.Equals(first.RegulationVersion, d.RegulationVersion, StringComparison.Ordinal))
        {
            issues.Add(Error(AccountabilityIssueCodes.BaseVersionMismatch, path, $"The pack '{d.Id}' is for {d.RegulationVersion} but extends '{first.Id}', which is for {first.RegulationVersion}."));
            return null;
        }

        return first;
    }

    private static ImmutableArray<TRule> Section<TDto, TRule>(
        IReadOnlyList<TDto?>? entries,
        string name,
        List<ValidationIssue> issues,
        Action<TDto, string>? check,
        Func<TDto, Citation, TRule> create)
        where TDto : EntryDto
    {
        if (entries is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<TRule>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var sectionPath = JsonPaths.Property(JsonPaths.Root, name);
        for (var i = 0; i < entries.Count; i++)
        {
            var path = JsonPaths.Index(sectionPath, i);
            var entry = entries[i];
            if (entry is null)
            {
                issues.Add(Error(VocabularyIssueCodes.NullJsonValue, path, "null is not allowed as a pack entry."));
                continue;
            }

            var before = issues.Count;
            if (string.IsNullOrWhiteSpace(entry.Id))
            {
                issues.Add(Error(AccountabilityIssueCodes.InvalidPackId, JsonPaths.Property(path, "id"), "The entry id is empty."));
            }
            else if (!ids.Add(entry.Id))
            {
                issues.Add(Error(AccountabilityIssueCodes.DuplicateEntryId, JsonPaths.Property(path, "id"), $"The id '{entry.Id}' is used twice in '{name}'."));
            }

            var citation = CheckCitation(entry.Citation, JsonPaths.Property(path, "citation"), issues);
            check?.Invoke(entry, path);
            if (issues.Count == before && citation is { } c)
            {
                result.Add(create(entry, c));
            }
        }

        return result.ToImmutable();
    }

    private static Citation? CheckCitation(string? text, string path, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(Error(AccountabilityIssueCodes.MissingCitation, path, "Every pack entry must cite the article it rests on."));
            return null;
        }

        if (!Citation.TryParse(text, out var citation))
        {
            issues.Add(Error(AccountabilityIssueCodes.InvalidCitation, path, $"'{text}' is not a citation such as 'ARR2019 Art. 8' or 'ARR2019 Art. 7 item 9'."));
            return null;
        }

        if (!RegulationRegistry.Default.Contains(citation.RegulationKey))
        {
            issues.Add(Error(AccountabilityIssueCodes.InvalidCitation, path, $"The citation '{text}' names the unknown regulation '{citation.RegulationKey}'."));
            return null;
        }

        return citation;
    }

    private static void CheckSeverities(IReadOnlyList<FormDto?>? own, ImmutableArray<FormRule> merged, List<ValidationIssue> issues)
    {
        foreach (var group in merged.GroupBy(static f => (f.SubjectKind, f.Severity)).Where(static g => g.Count() > 1))
        {
            var index = own is null ? -1 : own.ToList().FindIndex(e => e is not null && e.SubjectKind == group.Key.SubjectKind && e.Severity == group.Key.Severity);
            var path = index < 0 ? JsonPaths.Property(JsonPaths.Root, "forms") : JsonPaths.Property(JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, "forms"), index), "severity");
            issues.Add(Error(AccountabilityIssueCodes.InconsistentForm, path, $"The forms {string.Join(", ", group.Select(static f => f.Form))} of subject kind '{group.Key.SubjectKind}' share severity {group.Key.Severity}; the order must be strict."));
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

    private static ValidationIssue Error(string code, string path, string message) => ValidationIssue.Error(code, path, message);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex PackIdPattern();
}
