using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>
/// Upgrades a checklist to the next year's template without redoing the work: items whose duty continues (same or
/// changed) are kept with the new duty codes; items whose duties were all withdrawn are dropped and flagged; new duties
/// of the owner's roles are flagged as uncovered. A new duty without declared lineage continues the old duty of the
/// same code, if there was one.
/// </summary>
public static class ChecklistCarryForward
{
    /// <summary>Carries <paramref name="previous"/> forward to <paramref name="next"/>.</summary>
    /// <param name="previous">Last year's checklist.</param>
    /// <param name="next">The new year's template.</param>
    /// <param name="newId">The new checklist's id.</param>
    public static CarryForwardResult Carry(ResponsibilityChecklist previous, ChecklistTemplate next, string newId)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(newId);
        var successor = new Dictionary<string, Duty>(StringComparer.Ordinal);
        foreach (var duty in next.Duties)
        {
            if (duty.Lineage is { PreviousCode: { } code })
            {
                successor[code] = duty;
            }
        }

        foreach (var duty in next.Duties)
        {
            if (duty.Lineage is null && !successor.ContainsKey(duty.Code) && !next.WithdrawnDutyCodes.Contains(duty.Code, StringComparer.Ordinal))
            {
                successor[duty.Code] = duty;
            }
        }

        var issues = new ValidationReportBuilder();
        var kept = new List<ChecklistItem>();
        var dropped = new List<ChecklistItem>();
        var years = next.Year.Value - previous.Year.Value;
        for (var i = 0; i < previous.Items.Length; i++)
        {
            var item = previous.Items[i];
            var at = issues.At("items", i);
            var codes = new List<string>();
            foreach (var code in item.DutyCodes)
            {
                if (successor.TryGetValue(code, out var duty))
                {
                    codes.Add(duty.Code);
                    if (duty.Lineage?.Kind == LineageKind.Changed)
                    {
                        at.Warning(Codes.DutyChanged, string.Empty, Catalog.Of(nameof(Messages.DutyChangedOnCarry), ("code", code), ("newCode", duty.Code), ("text", duty.Text)));
                    }
                }
            }

            if (codes.Count == 0)
            {
                dropped.Add(item);
                at.Error(Codes.DutyWithdrawn, string.Empty, Catalog.Of(nameof(Messages.DutyWithdrawnOnCarry), MessageArgument.List("codes", item.DutyCodes), ("templateId", next.Id)));
                continue;
            }

            kept.Add(new ChecklistItem(
                item.Id,
                codes.Distinct(StringComparer.Ordinal),
                item.Content,
                item.Measures,
                item.Milestones.Select(m => new Milestone(m.Due.PlusYears(years), m.Deliverable)),
                item.CompletionStandard));
        }

        var covered = kept.SelectMany(static k => k.DutyCodes).ToHashSet(StringComparer.Ordinal);
        foreach (var duty in next.DutiesFor([.. previous.Owner.DutyRoles]))
        {
            if (!covered.Contains(duty.Code))
            {
                issues.Warning(Codes.NewDutyUncovered, "items", Catalog.Of(nameof(Messages.NewDutyUncovered), ("code", duty.Code), ("templateId", next.Id), ("text", duty.Text)));
            }
        }

        var checklist = new ResponsibilityChecklist(newId, next.Id, next.Year, previous.Owner, kept);
        return new CarryForwardResult(checklist, [.. dropped], issues.Build());
    }
}
