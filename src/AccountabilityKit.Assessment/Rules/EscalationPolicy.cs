using AccountabilityKit.Assessment.Findings;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>The follow-up escalation policy (交办督办), as data: when a reminder talk (约谈提醒) and a letter to the leader in charge (函告) are due.</summary>
/// <param name="ReminderTalkAfterOverdueDays">A rectification overdue by more than this many days leads to a reminder talk with the unit's principal leader.</param>
/// <param name="LetterToLeaderSources">Findings from these sources that show a failure of the committee's principal responsibility lead to a letter to the city leader in charge.</param>
public sealed record EscalationPolicy(int ReminderTalkAfterOverdueDays, IReadOnlyList<FindingSource> LetterToLeaderSources)
{
    /// <summary>The default: reminder talk after 30 overdue days; letters for patrol-inspection and case-investigation findings.</summary>
    public static EscalationPolicy Default { get; } = new(30, [FindingSource.PatrolInspection, FindingSource.CaseInvestigation]);
}
