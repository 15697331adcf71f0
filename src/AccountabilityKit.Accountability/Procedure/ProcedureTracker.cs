using System.Collections.Immutable;
using System.Reflection;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Accountability.Procedure;

/// <summary>
/// Lists the procedure steps of a case (start, investigation, fact statement and defence, report, decision, delivery,
/// execution, appeal, appeal decision) with the pack's
/// time limits: what is done, what is due next and what is late, on the day an injected <see cref="IClock"/> gives. A
/// limit of M months and D days after step F is due by F + M months + D days (calendar months, see
/// <see cref="Effects.InfluencePeriodCalculator"/>). The execution limit applies only to organisational adjustments.
/// An appeal not filed when its window has passed is <see cref="ProcedureState.Closed"/>. An investigation step
/// without a date in a decided case is <see cref="ProcedureState.NotRecorded"/> (the case does not say when it happened).
/// </summary>
public static class ProcedureTracker
{
    /// <summary>Evaluates the case's procedure.</summary>
    /// <param name="case">The case.</param>
    /// <param name="pack">The regulation pack.</param>
    /// <param name="clock">The clock (the day is taken in China Standard Time).</param>
    /// <returns>One item per step, in procedure order.</returns>
    public static ImmutableArray<ProcedureItem> Evaluate(AccountabilityCase @case, RegulationPack pack, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Evaluate(@case, pack, new AssessmentCalendar(clock).Today);
    }

    /// <summary>Evaluates the case's procedure on a given day.</summary>
    /// <param name="case">The case.</param>
    /// <param name="pack">The regulation pack.</param>
    /// <param name="today">The day.</param>
    /// <returns>One item per step, in procedure order.</returns>
    public static ImmutableArray<ProcedureItem> Evaluate(AccountabilityCase @case, RegulationPack pack, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(pack);
        var adjusts = @case.Cadres.Any(static c => c.Forms.Contains(AccountabilityForm.OrganizationalAdjustment));
        var dates = new Dictionary<ProcedureStep, LocalDate?>
        {
            [ProcedureStep.Start] = @case.StartApprovedOn,
            [ProcedureStep.Investigation] = @case.InvestigationStartedOn,
            [ProcedureStep.FactStatementAndDefence] = @case.DefenceHeardOn,
            [ProcedureStep.Report] = @case.ReportedOn,
            [ProcedureStep.Decision] = @case.DecidedOn,
            [ProcedureStep.Delivery] = @case.DeliveredOn,
            [ProcedureStep.Execution] = @case.ExecutedOn,
            [ProcedureStep.Appeal] = @case.AppealedOn,
            [ProcedureStep.AppealDecision] = @case.AppealDecidedOn,
        };
        var order = new (ProcedureStep Step, ProcedureStep? After)[]
        {
            (ProcedureStep.Start, null),
            (ProcedureStep.Investigation, ProcedureStep.Start),
            (ProcedureStep.FactStatementAndDefence, ProcedureStep.Investigation),
            (ProcedureStep.Report, ProcedureStep.FactStatementAndDefence),
            (ProcedureStep.Decision, ProcedureStep.Start),
            (ProcedureStep.Delivery, ProcedureStep.Decision),
            (ProcedureStep.Execution, ProcedureStep.Decision),
            (ProcedureStep.Appeal, ProcedureStep.Delivery),
            (ProcedureStep.AppealDecision, ProcedureStep.Appeal),
        };

        var items = ImmutableArray.CreateBuilder<ProcedureItem>();
        foreach (var (step, after) in order)
        {
            var (citation, status) = StepBasis(step);
            var limit = pack.TryGetTimeLimit(step, out var rule) && (step != ProcedureStep.Execution || adjusts) ? rule : null;
            var start = limit is not null ? dates.GetValueOrDefault(limit.From) : after is { } a ? dates[a] : null;
            var dueBy = limit is not null && start is { } s ? s.PlusMonths(limit.Months).PlusDays(limit.Days) : (LocalDate?)null;
            if (limit is not null)
            {
                (citation, status) = (limit.Citation, limit.Status);
            }

            ProcedureState state;
            if (dates[step] is not null)
            {
                state = ProcedureState.Done;
            }
            else if (step is ProcedureStep.Investigation or ProcedureStep.FactStatementAndDefence or ProcedureStep.Report && @case.DecidedOn is not null)
            {
                state = ProcedureState.NotRecorded;
            }
            else if (after is { } previous && dates[previous] is null)
            {
                state = step == ProcedureStep.AppealDecision && items.Any(static i => i.Step == ProcedureStep.Appeal && i.State == ProcedureState.Closed)
                    ? ProcedureState.Closed
                    : ProcedureState.Waiting;
            }
            else if (dueBy is { } due && today > due)
            {
                state = step == ProcedureStep.Appeal ? ProcedureState.Closed : ProcedureState.Late;
            }
            else
            {
                state = ProcedureState.Due;
            }

            items.Add(new ProcedureItem(step, state, dates[step], dueBy, limit?.Id, citation, status));
        }

        return items.ToImmutable();
    }

    private static (Citation, VerificationStatus) StepBasis(ProcedureStep step)
    {
        var cites = typeof(ProcedureStep).GetField(step.ToString())!.GetCustomAttribute<CitesAttribute>()!;
        return (cites.Citation, cites.Status);
    }
}
