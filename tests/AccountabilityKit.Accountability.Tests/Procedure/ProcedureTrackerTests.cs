using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Procedure;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Accountability.Tests.Procedure;

public class ProcedureTrackerTests
{
    private static readonly RegulationPack Pack = BuiltInRegulationPacks.Arr2019;

    private static AccountabilityCase Removal(LocalDate? executed = null) => Samples.Case() with
    {
        Cadres = [Samples.SecretaryCadre(AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal }],
        ExecutedOn = executed,
    };

    private static FakeClock ClockOn(int year, int month, int day) =>
        new FakeClock(new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant());

    private static ProcedureItem Item(IEnumerable<ProcedureItem> items, ProcedureStep step) => items.Single(i => i.Step == step);

    [Fact]
    public void Execution_OrganizationalAdjustmentNotDoneWithinAMonth_IsLate()
    {
        var items = ProcedureTracker.Evaluate(Removal(), Pack, ClockOn(2021, 6, 11));

        var execution = Item(items, ProcedureStep.Execution);
        execution.State.Should().Be(ProcedureState.Late);
        execution.DueBy.Should().Be(new LocalDate(2021, 6, 10));
        execution.RuleId.Should().Be("timeLimit.execution");
        Item(items, ProcedureStep.Decision).State.Should().Be(ProcedureState.Done);
    }

    [Fact]
    public void Execution_WithinTheMonth_IsDue_AndDoneWhenDated()
    {
        Item(ProcedureTracker.Evaluate(Removal(), Pack, ClockOn(2021, 6, 10)), ProcedureStep.Execution).State.Should().Be(ProcedureState.Due);
        Item(ProcedureTracker.Evaluate(Removal(new LocalDate(2021, 6, 1)), Pack, ClockOn(2021, 9, 1)), ProcedureStep.Execution).State.Should().Be(ProcedureState.Done);
    }

    [Fact]
    public void Execution_OfAnAdmonishment_HasNoTimeLimit()
    {
        var execution = Item(ProcedureTracker.Evaluate(Samples.Case(), Pack, ClockOn(2022, 1, 1)), ProcedureStep.Execution);

        execution.State.Should().Be(ProcedureState.Due);
        execution.DueBy.Should().BeNull();
    }

    [Fact]
    public void Art16_AppealWindow_OpenThenClosed_FlaggedUnverified()
    {
        var open = Item(ProcedureTracker.Evaluate(Samples.Case(), Pack, ClockOn(2021, 6, 12)), ProcedureStep.Appeal);
        var closedItems = ProcedureTracker.Evaluate(Samples.Case(), Pack, ClockOn(2021, 6, 13));

        open.State.Should().Be(ProcedureState.Due);
        open.DueBy.Should().Be(new LocalDate(2021, 6, 12));
        open.Status.Should().Be(VerificationStatus.Unverified);
        Item(closedItems, ProcedureStep.Appeal).State.Should().Be(ProcedureState.Closed);
        Item(closedItems, ProcedureStep.AppealDecision).State.Should().Be(ProcedureState.Closed);
    }

    [Fact]
    public void Art16_AppealFiled_DecisionDueWithinAMonth_ThenLate()
    {
        var appealed = Samples.Case() with { AppealedOn = new LocalDate(2021, 5, 20) };

        Item(ProcedureTracker.Evaluate(appealed, Pack, ClockOn(2021, 6, 20)), ProcedureStep.AppealDecision).State.Should().Be(ProcedureState.Due);
        Item(ProcedureTracker.Evaluate(appealed, Pack, ClockOn(2021, 6, 21)), ProcedureStep.AppealDecision).State.Should().Be(ProcedureState.Late);
    }

    [Fact]
    public void Art9_CaseNotYetDecided_LaterStepsWait()
    {
        var open = Samples.Case() with { DecidedOn = null, DeliveredOn = null };

        var items = ProcedureTracker.Evaluate(open, Pack, ClockOn(2021, 4, 1));

        items.Select(i => i.Step).Should().Equal(
            ProcedureStep.Start, ProcedureStep.Investigation, ProcedureStep.FactStatementAndDefence, ProcedureStep.Report,
            ProcedureStep.Decision, ProcedureStep.Delivery, ProcedureStep.Execution, ProcedureStep.Appeal, ProcedureStep.AppealDecision,
            ProcedureStep.Correction);
        items.Select(i => i.State).Should().Equal(
            ProcedureState.Done, ProcedureState.Due, ProcedureState.Waiting, ProcedureState.Waiting,
            ProcedureState.Due, ProcedureState.Waiting, ProcedureState.Waiting, ProcedureState.Waiting, ProcedureState.Waiting,
            ProcedureState.Waiting);
        Item(items, ProcedureStep.Decision).Citation.Should().Be(Citation.Parse("ARR2019 Art. 12"));
    }

    [Fact]
    public void Art11_DefenceHeard_ReportIsDueNext_AndUndatedStepsOfADecidedCaseAreNotRecorded()
    {
        var open = Samples.Case() with { DecidedOn = null, DeliveredOn = null, InvestigationStartedOn = new LocalDate(2021, 3, 5), DefenceHeardOn = new LocalDate(2021, 4, 1) };

        var items = ProcedureTracker.Evaluate(open, Pack, ClockOn(2021, 4, 2));

        Item(items, ProcedureStep.FactStatementAndDefence).State.Should().Be(ProcedureState.Done);
        Item(items, ProcedureStep.Report).State.Should().Be(ProcedureState.Due);
        Item(items, ProcedureStep.Report).Status.Should().Be(VerificationStatus.Unverified);
        Item(ProcedureTracker.Evaluate(Samples.Case(), Pack, ClockOn(2021, 6, 1)), ProcedureStep.Investigation).State.Should().Be(ProcedureState.NotRecorded);
    }

    [Fact]
    public void Art21_DecisionFoundWrong_CorrectionIsDue_WithoutADeadline()
    {
        var foundWrong = Samples.Case() with { AppealedOn = new LocalDate(2021, 5, 20), AppealDecidedOn = new LocalDate(2021, 6, 15), DecisionFoundWrongOn = new LocalDate(2021, 6, 15) };

        var correction = Item(ProcedureTracker.Evaluate(foundWrong, Pack, ClockOn(2023, 1, 1)), ProcedureStep.Correction);

        correction.State.Should().Be(ProcedureState.Due);
        correction.DueBy.Should().BeNull();
        correction.RuleId.Should().BeNull();
        correction.Date.Should().BeNull();
        correction.Citation.Should().Be(Citation.Parse("ARR2019 Art. 21"));
        correction.Status.Should().Be(VerificationStatus.Verified);
    }

    [Fact]
    public void Art21_Corrected_CorrectionIsDone()
    {
        var corrected = Samples.Case() with { DecisionFoundWrongOn = new LocalDate(2021, 8, 1), CorrectedOn = new LocalDate(2021, 8, 20) };

        var correction = Item(ProcedureTracker.Evaluate(corrected, Pack, ClockOn(2021, 9, 1)), ProcedureStep.Correction);

        correction.State.Should().Be(ProcedureState.Done);
        correction.Date.Should().Be(new LocalDate(2021, 8, 20));
    }

    [Fact]
    public void Art21_NothingFoundWrong_CorrectionWaitsWhileAnAppealIsOpen_ThenIsClosed()
    {
        Item(ProcedureTracker.Evaluate(Samples.Case(), Pack, ClockOn(2021, 6, 12)), ProcedureStep.Correction).State.Should().Be(ProcedureState.Waiting);
        Item(ProcedureTracker.Evaluate(Samples.Case(), Pack, ClockOn(2021, 6, 13)), ProcedureStep.Correction).State.Should().Be(ProcedureState.Closed);

        var appealed = Samples.Case() with { AppealedOn = new LocalDate(2021, 5, 20) };
        Item(ProcedureTracker.Evaluate(appealed, Pack, ClockOn(2021, 7, 1)), ProcedureStep.Correction).State.Should().Be(ProcedureState.Waiting);
        var dismissed = appealed with { AppealDecidedOn = new LocalDate(2021, 6, 10) };
        Item(ProcedureTracker.Evaluate(dismissed, Pack, ClockOn(2021, 7, 1)), ProcedureStep.Correction).State.Should().Be(ProcedureState.Closed);
    }
}
