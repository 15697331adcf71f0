using NodaTime;

namespace AccountabilityKit.Checklists.Tailoring;

/// <summary>A scheduled step (序时进度) of a checklist item: due date, deliverable, and when it was completed.</summary>
/// <param name="Due">The date by which the deliverable is due.</param>
/// <param name="Deliverable">What is delivered, e.g. <c>形成专题研究会议纪要</c>.</param>
/// <param name="CompletedOn">The date it was completed, or null while open.</param>
public sealed record Milestone(LocalDate Due, string Deliverable, LocalDate? CompletedOn = null);
