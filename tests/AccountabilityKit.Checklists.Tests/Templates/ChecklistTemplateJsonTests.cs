using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Checklists.Tests.Templates;

public class ChecklistTemplateJsonTests
{
    internal const string Valid = """
        {
          "id": "t-2022", "year": 2022, "version": 1, "title": "2022年对照清单", "unitKinds": ["county"],
          "previousTemplateId": "t-2021", "withdrawnDutyCodes": ["A01-03"],
          "aspects": [
            { "code": "A01", "title": "政治建设", "duties": [
              { "code": "A01-01", "text": "每季度专题研究全面从严治党工作", "isMandatory": true, "roles": ["team"], "frequency": "quarterly",
                "lineage": { "kind": "same", "previousCode": "A01-01" } },
              { "code": "A01-02", "text": "对班子成员开展谈心谈话", "isMandatory": true, "roles": ["secretary", "disciplineSecretary"], "tags": ["first-form"],
                "lineage": { "kind": "changed", "previousCode": "A01-02" } },
              { "code": "A01-03", "text": "新增的任务", "isMandatory": false, "roles": ["member"], "lineage": { "kind": "new" } }
            ] }
          ]
        }
        """;

    /// <summary>A template with every semantic problem (also run by the message corpus test).</summary>
    internal const string EverySemanticProblem = """
        {
          "id": " ", "year": 2022, "version": 0, "title": "", "unitKinds": [],
          "aspects": [
            { "code": "A01", "title": "政治建设", "duties": [
              { "code": "A01-01", "text": "任务一", "isMandatory": true, "roles": ["team", "mayor"] },
              { "code": "A01-01", "text": "  ", "isMandatory": true, "roles": [], "frequency": "daily" }
            ] },
            { "code": "A01", "title": "", "duties": [] },
            { "code": "", "title": "三", "duties": [
              { "code": "A03-01", "text": "任务", "isMandatory": false, "roles": ["member"], "lineage": { "kind": "new", "previousCode": "X" } },
              { "code": "A03-02", "text": "任务", "isMandatory": false, "roles": ["member"], "lineage": { "kind": "same" } },
              { "code": "A03-03", "text": "任务", "isMandatory": false, "roles": ["member"], "lineage": { "kind": "moved", "previousCode": "Y" } }
            ] }
          ]
        }
        """;

    [Fact]
    public void Load_ValidDocument_BuildsTheTemplate()
    {
        var t = ChecklistTemplateJson.Load(Valid);

        t.Id.Should().Be("t-2022");
        t.PreviousTemplateId.Should().Be("t-2021");
        t.WithdrawnDutyCodes.Should().Equal("A01-03");
        t.Aspects.Single().Order.Should().Be(1);
        var duty = t.FindDuty("A01-02")!;
        duty.Roles.Should().Equal(DutyRole.Secretary, DutyRole.DisciplineSecretary);
        duty.IsFirstForm.Should().BeTrue();
        duty.Lineage.Should().Be(new DutyLineage(LineageKind.Changed, "A01-02"));
        t.FindDuty("A01-01")!.Frequency.Should().Be(DutyFrequency.Quarterly);
        t.FindDuty("nope").Should().BeNull();
    }

    [Fact]
    public void Save_ThenLoad_RoundTrips()
    {
        var t = ChecklistTemplateJson.Load(Valid);

        var again = ChecklistTemplateJson.Load(ChecklistTemplateJson.Save(t));

        ChecklistTemplateJson.Save(again).Should().Be(ChecklistTemplateJson.Save(t));
        again.FindDuty("A01-03")!.Lineage!.Kind.Should().Be(LineageKind.New);
    }

    [Fact]
    public void SaveToStream_ThenLoadFromStream_RoundTrips_AndABomIsAccepted()
    {
        var t = ChecklistTemplateJson.Load(Valid);
        using var stream = new MemoryStream();
        stream.Write([0xEF, 0xBB, 0xBF]);

        ChecklistTemplateJson.Save(t, stream);
        stream.Position = 0;
        var again = ChecklistTemplateJson.Load(stream);

        ChecklistTemplateJson.Save(again).Should().Be(ChecklistTemplateJson.Save(t));
    }

    [Fact]
    public void Load_ExpectedYearDiffers_ThrowsWithCL002()
    {
        var act = () => ChecklistTemplateJson.Load(Valid, new AssessmentYear(2021));

        act.Should().Throw<AccountabilityKit.Validation.ValidationFailedException>().Which.Report.Issues.Should().ContainSingle()
            .Which.Should().Match<AccountabilityKit.Validation.ValidationIssue>(i => i.Code == "CL002" && i.Path == "$.year");
    }

    [Fact]
    public void Load_EverySemanticProblem_IsReportedAtOnceWithPaths()
    {
        var ok = ChecklistTemplateJson.TryLoad(EverySemanticProblem, out var template, out var report, new AssessmentYear(2021));

        ok.Should().BeFalse();
        template.Should().BeNull();
        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(new[]
        {
            ("CL001", "$.id"),
            ("CL002", "$.year"),
            ("CL003", "$.version"),
            ("CL004", "$.title"),
            ("CL011", "$.unitKinds"),
            ("CL008", "$.aspects[0].duties[0].roles[1]"),
            ("CL006", "$.aspects[0].duties[1].code"),
            ("CL004", "$.aspects[0].duties[1].text"),
            ("CL008", "$.aspects[0].duties[1].roles"),
            ("CL009", "$.aspects[0].duties[1].frequency"),
            ("CL005", "$.aspects[1].code"),
            ("CL004", "$.aspects[1].title"),
            ("CL007", "$.aspects[1].duties"),
            ("CL012", "$.aspects[2].code"),
            ("CL010", "$.aspects[2].duties[0].lineage.previousCode"),
            ("CL010", "$.aspects[2].duties[1].lineage.previousCode"),
            ("CL010", "$.aspects[2].duties[2].lineage.kind"),
        });
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(10000)]
    public void Load_YearOutOfRange_ReportsWrongYear(int year)
    {
        var json = Valid.Replace("\"year\": 2022", $"\"year\": {year}", StringComparison.Ordinal);

        var act = () => ChecklistTemplateJson.Load(json);

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle(i => i.Code == "CL002" && i.Path == "$.year");
    }

    [Fact]
    public void Load_ExpectedYearMatches_Loads()
    {
        ChecklistTemplateJson.TryLoad(Valid, out _, out var report, new AssessmentYear(2022)).Should().BeTrue();
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Load_TwoDutiesContinuingOnePreviousDuty_ReportsInvalidLineage()
    {
        var json = Valid.Replace("\"kind\": \"changed\", \"previousCode\": \"A01-02\"", "\"kind\": \"changed\", \"previousCode\": \"A01-01\"", StringComparison.Ordinal);

        var act = () => ChecklistTemplateJson.Load(json);

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should()
            .ContainSingle(i => i.Code == "CL010" && i.Path == "$.aspects[0].duties[1].lineage.previousCode");
    }

    [Fact]
    public void Load_WithdrawnDutyAlsoContinued_ReportsInvalidLineage()
    {
        var json = Valid.Replace("\"withdrawnDutyCodes\": [\"A01-03\"]", "\"withdrawnDutyCodes\": [\"A01-01\", \"\"]", StringComparison.Ordinal);

        var report = Report(json);

        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(new[] { ("CL010", "$.withdrawnDutyCodes[0]"), ("CL012", "$.withdrawnDutyCodes[1]") });
    }

    [Fact]
    public void Load_UnknownProperty_ReportsAK041WithPath()
    {
        var json = Valid.Replace("\"isMandatory\": false,", "\"isMandatory\": false, \"priority\": 1,", StringComparison.Ordinal);

        Report(json).Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AK041" && i.Path == "$.aspects[0].duties[2].priority");
    }

    [Fact]
    public void Load_MissingRequiredProperty_ReportsAK042()
    {
        var json = Valid.Replace("\"version\": 1, ", string.Empty, StringComparison.Ordinal);

        Report(json).Issues.Should().Contain(i => i.Code == "AK042" && i.Path == "$.version");
    }

    [Fact]
    public void Load_UnknownUnitKind_ReportsAK043()
    {
        var json = Valid.Replace("[\"county\"]", "[\"galaxy\"]", StringComparison.Ordinal);

        Report(json).Issues.Should().ContainSingle().Which.Code.Should().Be("AK043");
    }

    [Fact]
    public void Load_NullAspect_ReportsAK044AtItsIndex()
    {
        var json = Valid.Replace("\"aspects\": [", "\"aspects\": [ null,", StringComparison.Ordinal);

        Report(json).Issues.Should().ContainSingle(i => i.Code == "AK044" && i.Path == "$.aspects[0]");
    }

    [Fact]
    public void Load_MalformedJson_ReportsAK040()
    {
        Report("{ \"id\": ").Issues.Should().ContainSingle().Which.Code.Should().Be("AK040");
    }

    private static ValidationReport Report(string json)
    {
        ChecklistTemplateJson.TryLoad(json, out var template, out var report).Should().BeFalse();
        template.Should().BeNull();
        return report;
    }
}
