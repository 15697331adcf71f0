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
/// execution, appeal, appeal decision, correction) with the pack's
/// time limits: what is done, what is due next and what is late, on the day an injected <see cref="IClock"/> gives. A
/// limit of M months and D days after step F is due by F + M months + D days (calendar months, see
/// <see cref="Effects.InfluencePeriodCalculator"/>). The execution limit applies only to organisational adjustments.
/// An appeal not filed when its window has passed is <see cref="ProcedureState.Closed"/>. An investigation step
/// without a date in a decided case is <see cref="ProcedureState.NotRecorded"/> (the case does not say when it happened).
/// A correction (ARR2019 Art. 21) is <see cref="ProcedureState.Done"/> when the case has <see cref="AccountabilityCase.CorrectedOn"/>;
/// <see cref="ProcedureState.Due"/> once <see cref="AccountabilityCase.DecisionFoundWrongOn"/> is set (the article says
/// "promptly" and gives no number, so there is no <see cref="ProcedureItem.DueBy"/> unless a pack sets a limit);
/// <see cref="ProcedureState.Waiting"/> while nothing was found wrong and the decision is not made or an appeal is still
/// open; and <see cref="ProcedureState.Closed"/> when nothing was found wrong and no appeal is open (a later review may
/// still find the decision wrong: record <see cref="AccountabilityCase.DecisionFoundWrongOn"/> then).
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
            [ProcedureStep.Correction] = @case.CorrectedOn,
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
            (ProcedureStep.Correction, ProcedureStep.Decision),
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
            else if (step == ProcedureStep.Correction)
            {
                state = CorrectionState(@case, items, dueBy, today);
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

    private static ProcedureState CorrectionState(AccountabilityCase @case, ImmutableArray<ProcedureItem>.Builder items, LocalDate? dueBy, LocalDate today)
    {
        if (@case.DecisionFoundWrongOn is not null)
        {
            return dueBy is { } due && today > due ? ProcedureState.Late : ProcedureState.Due;
        }

        // An appeal still possible (window open, or delivery pending) or not yet answered may yet find the decision wrong.
        var appealOpen = items.Any(static i => (i.Step is ProcedureStep.Appeal or ProcedureStep.AppealDecision) && (i.State is ProcedureState.Due or ProcedureState.Late or ProcedureState.Waiting));
        return @case.DecidedOn is null || appealOpen ? ProcedureState.Waiting : ProcedureState.Closed;
    }

    private static (Citation, VerificationStatus) StepBasis(ProcedureStep step)
    {
        var cites = typeof(ProcedureStep).GetField(step.ToString())!.GetCustomAttribute<CitesAttribute>()!;
        return (cites.Citation, cites.Status);
    }
}
