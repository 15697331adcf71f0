using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Records;

public class DutyRecordTests
{
    private static readonly LocalDate Day = new(2021, 3, 15);

    [Fact]
    public void Constructor_ValidRecord_KeepsEveryField()
    {
        var record = new DutyRecord("c1", "i1", Day, DutyRecordKind.HeartToHeartTalk, "与三名分管单位负责人谈心谈话", ["谈话记录2021-07"], personTimes: 3);

        record.PersonTimes.Should().Be(3);
        record.EvidenceReferences.Should().Equal("谈话记录2021-07");
        record.IsFirstForm.Should().BeTrue();
    }

    [Theory]
    [InlineData(DutyRecordKind.HeartToHeartTalk, true)]
    [InlineData(DutyRecordKind.AdmonishmentTalk, true)]
    [InlineData(DutyRecordKind.FollowUpTalk, true)]
    [InlineData(DutyRecordKind.RoutineSupervision, true)]
    [InlineData(DutyRecordKind.TopicMeeting, false)]
    [InlineData(DutyRecordKind.Other, false)]
    public void IsFirstForm_FollowsTheKind(DutyRecordKind kind, bool expected)
    {
        new DutyRecord("c1", "i1", Day, kind, "记录", []).IsFirstForm.Should().Be(expected);
    }

    [Fact]
    public void Constructor_BadInput_ReportsEveryProblemWithCL060()
    {
        var act = () => new DutyRecord(" ", "", Day, (DutyRecordKind)99, "", ["ok", " "], personTimes: 0);

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(new[]
        {
            ("CL060", "checklistId"), ("CL060", "itemId"), ("CL060", "description"), ("CL060", "personTimes"), ("CL060", "kind"), ("CL060", "evidenceReferences[1]"),
        });
    }

    [Fact]
    public void Tally_CountsPersonTimesByKindWithinThePeriod()
    {
        DutyRecord[] records =
        [
            new("c1", "i1", new LocalDate(2021, 1, 5), DutyRecordKind.HeartToHeartTalk, "谈话", [], 3),
            new("c1", "i1", new LocalDate(2021, 2, 5), DutyRecordKind.HeartToHeartTalk, "谈话", [], 2),
            new("c1", "i2", new LocalDate(2021, 3, 31), DutyRecordKind.RoutineSupervision, "检查", [], 1),
            new("c1", "i3", new LocalDate(2021, 3, 1), DutyRecordKind.TopicMeeting, "会议", [], 1),
            new("c1", "i3", new LocalDate(2021, 4, 1), DutyRecordKind.AdmonishmentTalk, "诫勉", [], 1),
        ];

        var q1 = DutyRecordTally.Of(records, new LocalDate(2021, 1, 1), new LocalDate(2021, 3, 31));

        q1.ByKind.Should().Equal(new Dictionary<DutyRecordKind, int>
        {
            [DutyRecordKind.HeartToHeartTalk] = 5, [DutyRecordKind.RoutineSupervision] = 1, [DutyRecordKind.TopicMeeting] = 1,
        });
        q1.FirstFormPersonTimes.Should().Be(6);
        q1.Total.Should().Be(7);
    }
}
