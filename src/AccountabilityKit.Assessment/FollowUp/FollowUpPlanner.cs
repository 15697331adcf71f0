using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Localization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Assessment.FollowUp;

/// <summary>
/// Turns findings and their rectification state at an as-of date into follow-up actions, by an <see cref="EscalationPolicy"/>:
/// per unit, one reminder talk when a finding is overdue by more than the policy's days; per unit, one letter to the leader in charge
/// for findings from the policy's sources that show a failure of principal responsibility. Actions are ordered by unit, then kind.
/// </summary>
public static class FollowUpPlanner
{
    /// <summary>Plans the follow-up actions.</summary>
    /// <param name="policy">The escalation policy.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="asOf">The date to judge the rectification state at (from the caller's <c>IClock</c>, e.g. <c>AssessmentCalendar.Today</c>).</param>
    /// <param name="cadres">Cadres, to name the unit's secretary as the person of a reminder talk (optional).</param>
    /// <returns>The actions.</returns>
    public static IReadOnlyList<FollowUpAction> Plan(EscalationPolicy policy, IEnumerable<Finding> findings, LocalDate asOf, IEnumerable<Cadre>? cadres = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(findings);
        var secretaries = (cadres ?? []).Where(c => c.Role == CadreRole.Secretary)
            .GroupBy(c => c.Unit).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Id).First().Id);
        var actions = new List<FollowUpAction>();
        foreach (var unit in findings.GroupBy(f => f.Unit).OrderBy(g => g.Key))
        {
            var ordered = unit.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
            var overdue = ordered
                .Select(f => (Finding: f, State: f.RectificationAt(asOf)))
                .Where(p => p.State.Status == RectificationStatus.Overdue && p.State.DaysLate > policy.ReminderTalkAfterOverdueDays)
                .ToList();
            if (overdue.Count > 0)
            {
                var person = secretaries.TryGetValue(unit.Key, out var s) ? s : overdue[0].Finding.ResponsibleLeaders.Cast<PersonId?>().FirstOrDefault();
                var detail = Catalog.Join([.. overdue.Select(p => Catalog.Of(nameof(Messages.ReminderTalkItem), ("finding", p.Finding.Id), ("days", p.State.DaysLate)))]);
                actions.Add(new FollowUpAction(
                    FollowUpActionKind.ReminderTalk,
                    unit.Key,
                    Catalog.Of(nameof(Messages.AddresseePrincipalLeader)),
                    person,
                    overdue.Select(p => p.Finding.Id).ToArray(),
                    Catalog.Of(nameof(Messages.ReminderTalkReason), ("days", policy.ReminderTalkAfterOverdueDays), ("findings", detail))));
            }

            var failures = ordered.Where(f => f.ShowsPrincipalResponsibilityFailure && policy.LetterToLeaderSources.Contains(f.Source)).ToList();
            if (failures.Count > 0)
            {
                var detail = Catalog.Join([.. failures.Select(f => Catalog.Of(nameof(Messages.LetterToLeaderItem), ("finding", f.Id), MessageArgument.Of("source", f.Source)))]);
                actions.Add(new FollowUpAction(
                    FollowUpActionKind.LetterToLeader,
                    unit.Key,
                    Catalog.Of(nameof(Messages.AddresseeLeaderInCharge)),
                    null,
                    failures.Select(f => f.Id).ToArray(),
                    Catalog.Of(nameof(Messages.LetterToLeaderReason), ("findings", detail))));
            }
        }

        return actions.AsReadOnly();
    }
}
