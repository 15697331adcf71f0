using System.Collections.Immutable;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Validation;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Tailoring;

/// <summary>
/// Checks a tailored checklist against its template and reports every problem at once, located by JSON path
/// (<c>$.items[3].measures</c>). Codes <c>CL020</c>–<c>CL032</c>; see the package README.
/// </summary>
public static class ChecklistValidator
{
    /// <summary>
    /// Content whose normalised character-bigram Jaccard similarity with a covered duty's text reaches this value merely
    /// repeats the duty (<c>CL029</c>). Chosen from tests: a copied duty with punctuation or a few words changed
    /// scores above 0.8; an honestly tailored content scores below 0.5.
    /// </summary>
    public const double ContentRepeatThreshold = 0.8;

    /// <summary>The first-form measures (第一种形态) whose mention in an item's measures satisfies a first-form duty.</summary>
    public static readonly ImmutableArray<string> FirstFormMeasures =
        ["谈心谈话", "提醒谈话", "谈话提醒", "诫勉谈话", "回访谈话", "日常监督检查", "日常监督", "批评教育", "约谈", "函询"];

    /// <summary>Validates <paramref name="checklist"/> against <paramref name="template"/>.</summary>
    /// <param name="template">The template the checklist tailors.</param>
    /// <param name="checklist">The checklist.</param>
    /// <param name="normalizer">The normaliser used to compare content with duty texts; null for <see cref="TextNormalizer.Default"/>.</param>
    public static ValidationReport Validate(ChecklistTemplate template, ResponsibilityChecklist checklist, TextNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(checklist);
        normalizer ??= TextNormalizer.Default;
        var issues = new List<ValidationIssue>();
        const string root = JsonPaths.Root;
        if (!string.Equals(checklist.TemplateId, template.Id, StringComparison.Ordinal))
        {
            issues.Add(ValidationIssue.Error(Codes.TemplateMismatch, JsonPaths.Property(root, "templateId"), $"The checklist tailors '{checklist.TemplateId}', not '{template.Id}'."));
        }

        if (checklist.Year != template.Year)
        {
            issues.Add(ValidationIssue.Error(Codes.TemplateMismatch, JsonPaths.Property(root, "year"), $"The checklist is for {checklist.Year.Value}, the template for {template.Year.Value}."));
        }

        var roles = checklist.Owner.DutyRoles;
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        var itemsPath = JsonPaths.Property(root, "items");
        for (var i = 0; i < checklist.Items.Length; i++)
        {
            CheckItem(template, checklist.Items[i], JsonPaths.Index(itemsPath, i), roles, itemIds, normalizer, issues);
        }

        var covered = checklist.Items.SelectMany(static item => item.DutyCodes).ToHashSet(StringComparer.Ordinal);
        foreach (var duty in template.DutiesFor([.. roles]))
        {
            if (duty.IsMandatory && !covered.Contains(duty.Code))
            {
                issues.Add(ValidationIssue.Error(Codes.MandatoryDutyNotCovered, itemsPath, $"The mandatory duty {duty.Code} (规定动作) for this owner is covered by no item: {duty.Text}"));
            }

            if (duty.IsFirstForm)
            {
                var covering = checklist.Items.Select((item, index) => (item, index)).Where(p => p.item.DutyCodes.Contains(duty.Code, StringComparer.Ordinal)).ToList();
                if (!covering.Any(p => NamesFirstFormMeasure(p.item.Measures)))
                {
                    var path = covering.Count == 0 ? itemsPath : JsonPaths.Property(JsonPaths.Index(itemsPath, covering[0].index), "measures");
                    issues.Add(ValidationIssue.Error(Codes.NoFirstFormMeasure, path, $"Duty {duty.Code} uses the first form (第一种形态), but no item covering it names a first-form measure such as 谈心谈话 or 日常监督检查."));
                }
            }
        }

        return ValidationReport.From(issues);
    }

    /// <summary>True when <paramref name="measures"/> names one of the <see cref="FirstFormMeasures"/>.</summary>
    /// <param name="measures">An item's measures.</param>
    public static bool NamesFirstFormMeasure(string measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return FirstFormMeasures.Any(m => measures.Contains(m, StringComparison.Ordinal));
    }

    private static void CheckItem(
        ChecklistTemplate template, ChecklistItem item, string path, IReadOnlyList<DutyRole> roles, HashSet<string> itemIds,
        TextNormalizer normalizer, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(item.Id))
        {
            issues.Add(ValidationIssue.Error(Codes.DuplicateItemId, JsonPaths.Property(path, "id"), "The item id is empty."));
        }
        else if (!itemIds.Add(item.Id))
        {
            issues.Add(ValidationIssue.Error(Codes.DuplicateItemId, JsonPaths.Property(path, "id"), $"The item id '{item.Id}' is used twice."));
        }

        var codesPath = JsonPaths.Property(path, "dutyCodes");
        if (item.DutyCodes.IsEmpty)
        {
            issues.Add(ValidationIssue.Error(Codes.UnknownDuty, codesPath, "The item covers no duty."));
        }

        var duties = new List<Duty>();
        for (var c = 0; c < item.DutyCodes.Length; c++)
        {
            if (template.FindDuty(item.DutyCodes[c]) is not { } duty)
            {
                issues.Add(ValidationIssue.Error(Codes.UnknownDuty, JsonPaths.Index(codesPath, c), $"The template '{template.Id}' has no duty '{item.DutyCodes[c]}'."));
                continue;
            }

            duties.Add(duty);
            if (!duty.Roles.Any(roles.Contains))
            {
                issues.Add(ValidationIssue.Warning(Codes.DutyNotForRole, JsonPaths.Index(codesPath, c), $"Duty {duty.Code} does not apply to this owner's role."));
            }
        }

        RequireText(item.Content, JsonPaths.Property(path, "content"), Codes.EmptyContent, "content (责任内容)", issues);
        RequireText(item.Measures, JsonPaths.Property(path, "measures"), Codes.EmptyMeasures, "measures (工作措施)", issues);
        RequireText(item.CompletionStandard, JsonPaths.Property(path, "completionStandard"), Codes.EmptyCompletionStandard, "completion standard (完成标准)", issues);

        var milestonesPath = JsonPaths.Property(path, "milestones");
        if (item.Milestones.IsEmpty)
        {
            issues.Add(ValidationIssue.Error(Codes.NoMilestones, milestonesPath, "The item has no milestone (序时进度)."));
        }

        for (var m = 0; m < item.Milestones.Length; m++)
        {
            var milestone = item.Milestones[m];
            var milestonePath = JsonPaths.Index(milestonesPath, m);
            if (milestone.Due.Year != template.Year.Value)
            {
                issues.Add(ValidationIssue.Error(Codes.MilestoneOutsideYear, JsonPaths.Property(milestonePath, "due"), $"The milestone is due {milestone.Due:uuuu-MM-dd}, outside {template.Year.Value}."));
            }

            if (string.IsNullOrWhiteSpace(milestone.Deliverable))
            {
                issues.Add(ValidationIssue.Error(Codes.MilestoneOutsideYear, JsonPaths.Property(milestonePath, "deliverable"), "The milestone has no deliverable."));
            }

            if (m > 0 && milestone.Due < item.Milestones[m - 1].Due)
            {
                issues.Add(ValidationIssue.Error(Codes.MilestonesOutOfOrder, JsonPaths.Property(milestonePath, "due"), $"The milestone due {milestone.Due:uuuu-MM-dd} comes after one due {item.Milestones[m - 1].Due:uuuu-MM-dd}."));
            }
        }

        if (!string.IsNullOrWhiteSpace(item.Content))
        {
            var content = ShingleSet.Of(normalizer.Normalize(item.Content), 2);
            foreach (var duty in duties)
            {
                var similarity = content.Jaccard(ShingleSet.Of(normalizer.Normalize(duty.Text), 2));
                if (similarity >= ContentRepeatThreshold)
                {
                    issues.Add(ValidationIssue.Error(Codes.ContentRepeatsDuty, JsonPaths.Property(path, "content"), $"The content repeats the text of duty {duty.Code} (similarity {similarity:0.00}); tailor it to the owner (上下一般粗)."));
                    break;
                }
            }
        }
    }

    private static void RequireText(string text, string path, string code, string what, List<ValidationIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(ValidationIssue.Error(code, path, $"The {what} is empty."));
        }
    }
}
