using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
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
public sealed record ProcedureItem(ProcedureStep Step, ProcedureState State, LocalDate? Date, LocalDate? DueBy, string? RuleId, Citation Citation, VerificationStatus Status)
{
    /// <summary>
    /// Where the step stands, in words (a catalogue message: done on which day, due by which day and under which
    /// article, late, waiting for the previous step, closed or not recorded).
    /// </summary>
    public Message Hint
    {
        get
        {
            var step = MessageArgs.Enum("step", Step);
            return State switch
            {
                ProcedureState.Done when Date is { } date => Catalog.Of(nameof(Messages.ProcedureDone), step, ("date", date)),
                ProcedureState.NotRecorded => Catalog.Of(nameof(Messages.ProcedureNotRecorded), step),
                ProcedureState.Due when DueBy is { } due => Catalog.Of(nameof(Messages.ProcedureDueBy), step, ("dueBy", due), ("citation", Citation)),
                ProcedureState.Due => Catalog.Of(nameof(Messages.ProcedureDueNoLimit), step, ("citation", Citation)),
                ProcedureState.Late when DueBy is { } due => Catalog.Of(nameof(Messages.ProcedureLate), step, ("dueBy", due), ("citation", Citation)),
                ProcedureState.Late => Catalog.Of(nameof(Messages.ProcedureLateNoLimit), step, ("citation", Citation)),
                ProcedureState.Waiting => Catalog.Of(nameof(Messages.ProcedureWaiting), step),
                _ => Catalog.Of(nameof(Messages.ProcedureClosed), step),
            };
        }
    }
}
