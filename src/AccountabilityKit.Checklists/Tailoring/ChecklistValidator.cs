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
        var issues = new ValidationReportBuilder();
        if (!string.Equals(checklist.TemplateId, template.Id, StringComparison.Ordinal))
        {
            issues.Error(Codes.TemplateMismatch, "templateId", Catalog.Of(nameof(Messages.TemplateIdMismatch), ("templateId", checklist.TemplateId), ("expected", template.Id)));
        }

        if (checklist.Year != template.Year)
        {
            issues.Error(Codes.TemplateMismatch, "year", Catalog.Of(nameof(Messages.TemplateYearMismatch), ("year", checklist.Year), ("templateYear", template.Year)));
        }

        var roles = checklist.Owner.DutyRoles;
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < checklist.Items.Length; i++)
        {
            CheckItem(template, checklist.Items[i], issues.At("items", i), roles, itemIds, normalizer);
        }

        var items = issues.Under("items");
        var covered = checklist.Items.SelectMany(static item => item.DutyCodes).ToHashSet(StringComparer.Ordinal);
        foreach (var duty in template.DutiesFor([.. roles]))
        {
            if (duty.IsMandatory && !covered.Contains(duty.Code))
            {
                items.Error(Codes.MandatoryDutyNotCovered, string.Empty, Catalog.Of(nameof(Messages.MandatoryDutyNotCovered), ("code", duty.Code), ("text", duty.Text)));
            }

            if (duty.IsFirstForm)
            {
                var covering = checklist.Items.Select((item, index) => (item, index)).Where(p => p.item.DutyCodes.Contains(duty.Code, StringComparer.Ordinal)).ToList();
                if (!covering.Any(p => NamesFirstFormMeasure(p.item.Measures)))
                {
                    var at = covering.Count == 0 ? items : items.At(string.Empty, covering[0].index).Under("measures");
                    at.Error(Codes.NoFirstFormMeasure, string.Empty, Catalog.Of(nameof(Messages.NoFirstFormMeasure), ("code", duty.Code)));
                }
            }
        }

        return issues.Build();
    }

    /// <summary>True when <paramref name="measures"/> names one of the <see cref="FirstFormMeasures"/>.</summary>
    /// <param name="measures">An item's measures.</param>
    public static bool NamesFirstFormMeasure(string measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return FirstFormMeasures.Any(m => measures.Contains(m, StringComparison.Ordinal));
    }

    private static void CheckItem(
        ChecklistTemplate template, ChecklistItem item, ValidationReportBuilder at, IReadOnlyList<DutyRole> roles, HashSet<string> itemIds,
        TextNormalizer normalizer)
    {
        if (string.IsNullOrWhiteSpace(item.Id))
        {
            at.Error(Codes.DuplicateItemId, "id", Catalog.Of(nameof(Messages.ItemIdEmpty)));
        }
        else if (!itemIds.Add(item.Id))
        {
            at.Error(Codes.DuplicateItemId, "id", Catalog.Of(nameof(Messages.ItemIdDuplicate), ("id", item.Id)));
        }

        if (item.DutyCodes.IsEmpty)
        {
            at.Error(Codes.UnknownDuty, "dutyCodes", Catalog.Of(nameof(Messages.ItemCoversNoDuty)));
        }

        var duties = new List<Duty>();
        for (var c = 0; c < item.DutyCodes.Length; c++)
        {
            var codeAt = at.At("dutyCodes", c);
            if (template.FindDuty(item.DutyCodes[c]) is not { } duty)
            {
                codeAt.Error(Codes.UnknownDuty, string.Empty, Catalog.Of(nameof(Messages.UnknownDutyCode), ("templateId", template.Id), ("code", item.DutyCodes[c])));
                continue;
            }

            duties.Add(duty);
            if (!duty.Roles.Any(roles.Contains))
            {
                codeAt.Warning(Codes.DutyNotForRole, string.Empty, Catalog.Of(nameof(Messages.DutyNotForRole), ("code", duty.Code)));
            }
        }

        RequireText(item.Content, at, "content", Codes.EmptyContent, nameof(Messages.ContentEmpty));
        RequireText(item.Measures, at, "measures", Codes.EmptyMeasures, nameof(Messages.MeasuresEmpty));
        RequireText(item.CompletionStandard, at, "completionStandard", Codes.EmptyCompletionStandard, nameof(Messages.CompletionStandardEmpty));

        if (item.Milestones.IsEmpty)
        {
            at.Error(Codes.NoMilestones, "milestones", Catalog.Of(nameof(Messages.NoMilestones)));
        }

        for (var m = 0; m < item.Milestones.Length; m++)
        {
            var milestone = item.Milestones[m];
            var milestoneAt = at.At("milestones", m);
            if (milestone.Due.Year != template.Year.Value)
            {
                milestoneAt.Error(Codes.MilestoneOutsideYear, "due", Catalog.Of(nameof(Messages.MilestoneOutsideYear), ("due", milestone.Due), ("year", template.Year)));
            }

            if (string.IsNullOrWhiteSpace(milestone.Deliverable))
            {
                milestoneAt.Error(Codes.MilestoneOutsideYear, "deliverable", Catalog.Of(nameof(Messages.MilestoneNoDeliverable)));
            }

            if (m > 0 && milestone.Due < item.Milestones[m - 1].Due)
            {
                milestoneAt.Error(Codes.MilestonesOutOfOrder, "due", Catalog.Of(nameof(Messages.MilestonesOutOfOrder), ("due", milestone.Due), ("previous", item.Milestones[m - 1].Due)));
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
                    var rounded = Math.Round((decimal)similarity, 2, MidpointRounding.ToEven);
                    at.Error(Codes.ContentRepeatsDuty, "content", Catalog.Of(nameof(Messages.ContentRepeatsDuty), ("code", duty.Code), ("similarity", rounded)));
                    break;
                }
            }
        }
    }

    private static void RequireText(string text, ValidationReportBuilder at, string property, string code, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            at.Error(code, property, Catalog.Of(key));
        }
    }
}
