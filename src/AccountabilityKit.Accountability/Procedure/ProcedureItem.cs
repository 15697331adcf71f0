using AccountabilityKit.Citations;
using NodaTime;

namespace AccountabilityKit.Accountability.Procedure;

/// <summary>Where one procedure step of a case stands on a given day.</summary>
/// <param name="Step">The step.</param>
/// <param name="State">Done, due, late, waiting or closed.</param>
/// <param name="Date">The day the step was taken, if it was.</param>
/// <param name="DueBy">The last day of the step's time limit, if the pack sets one.</param>
/// <param name="RuleId">The time-limit entry, if any.</param>
/// <param name="Citation">The article of the step or of its time limit.</param>
/// <param name="Status">Its verification status.</param>
public sealed record ProcedureItem(ProcedureStep Step, ProcedureState State, LocalDate? Date, LocalDate? DueBy, string? RuleId, Citation Citation, VerificationStatus Status);
