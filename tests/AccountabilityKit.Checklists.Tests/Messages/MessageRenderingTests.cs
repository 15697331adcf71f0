using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Checklists.Tests.Similarity;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Messages;

/// <summary>Issues and explanations render in both cultures from one message id and typed arguments.</summary>
public class MessageRenderingTests
{
    private static readonly ChecklistTemplate County = BuiltInTemplates.CountyCommittee2021;

    [Fact]
    public void MilestoneOutsideYear_RendersInBothCultures_FromTypedArguments()
    {
        var list = TestChecklists.Tailored(County, TestChecklists.Team(), seed: 1);
        list = list with { Items = list.Items.SetItem(0, list.Items[0] with { Milestones = [new Milestone(new LocalDate(2022, 1, 31), "次年总结")] }) };

        var issue = ChecklistValidator.Validate(County, list).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be(ChecklistsIssueCodes.MilestoneOutsideYear);
        issue.Path.Should().Be("$.items[0].milestones[0].due");
        issue.MessageId.Should().Be("Checklists.MilestoneOutsideYear");
        issue.Text["due"]!.Value.Value.Should().Be(new LocalDate(2022, 1, 31));
        issue.Text["year"]!.Value.Value.Should().Be(new AssessmentYear(2021));
        issue.Render(MessageCatalog.Chinese).Should().Be("该节点的完成时限为2022年1月31日，不在 2021 年度内。");
        issue.Render(MessageCatalog.English).Should().Be("The milestone is due 2022-01-31, outside 2021.");
        issue.Citation.Should().BeNull("no article of a regulation fixes a checklist's milestones");
    }

    [Fact]
    public void MandatoryDutyNotCovered_QuotesTheDutyText_InBothCultures()
    {
        var list = TestChecklists.Tailored(County, TestChecklists.Team(), seed: 1);
        var duty = County.FindDuty(list.Items[0].DutyCodes[0])!;
        duty.IsMandatory.Should().BeTrue();

        var issue = ChecklistValidator.Validate(County, list with { Items = list.Items.RemoveAt(0) }).Issues.Single(i => i.Code == "CL020");

        issue.Render(MessageCatalog.Chinese).Should().Be($"规定动作“{duty.Code}”适用于本清单责任主体，但未被任何条目覆盖：“{duty.Text}”。");
        issue.Render(MessageCatalog.English).Should().Be($"The mandatory duty '{duty.Code}' for this owner is covered by no item: '{duty.Text}'.");
    }

    [Fact]
    public void TableImporter_KeepsTheMessageOfTheRelocatedIssue()
    {
        TemplateTableImporter.TryImport(Templates.TemplateTableImporterTests.BadRows, "x", new AssessmentYear(2021), "标题", [UnitKind.County], out _, out var report);

        var duplicate = report.Issues.Single(i => i.Code == "CL006");
        duplicate.Path.Should().Be("line 3.duty_code");
        duplicate.MessageId.Should().Be("Checklists.DutyCodeDuplicate");
        duplicate.Text["code"]!.Value.Value.Should().Be("A01-01");
        report.Issues.Single(i => i.Path == "line 4.*").Render(MessageCatalog.Chinese).Should().Be("该行有 4 列，应为 9 列。");
    }

    [Fact]
    public void Issue_RoundTripsThroughJson_WithItsArguments()
    {
        var report = new SimilarityOptions { NGramSize = 9 }.Validate();
        var issue = report.Issues.Should().ContainSingle().Subject;

        var json = System.Text.Json.JsonSerializer.Serialize(issue, AccountabilityKit.Serialization.AccountabilityKitJson.Options);
        var back = System.Text.Json.JsonSerializer.Deserialize<ValidationIssue>(json, AccountabilityKit.Serialization.AccountabilityKitJson.Options)!;

        back.MessageId.Should().Be("Checklists.NGramSizeOutOfRange");
        back.Arguments.Should().Equal(issue.Arguments);
        back.Render(MessageCatalog.Chinese).Should().Be("字符片段长度 `NGramSize` 应在 1 至 8 之间，当前为 9。");
    }

    [Fact]
    public void Issue_HostTemplate_ReRendersFromIdAndArguments()
    {
        var issue = new SimilarityOptions { MaxBucketLists = 1 }.Validate().Issues.Single();

        issue.Text.RenderWith("分桶上限须≥2（现为{value}）", MessageCatalog.Chinese).Should().Be("分桶上限须≥2（现为1）");
    }

    [Fact]
    public void NearDuplicatePair_Explanation_NamesBothListsKindScoreAndMatches()
    {
        var team = TestChecklists.Tailored(County, TestChecklists.Team("RG"), seed: 1, id: "RG-team");
        var copy = NearDuplicateDetectorTests.Disguised(team, TestChecklists.Member("RG-P1", CadreRole.TeamMember), "RG-P1", seed: 7);

        var pair = new NearDuplicateDetector().Detect([team, copy]).Pairs.Should().ContainSingle().Subject;

        pair.Explanation.Id.Should().Be("Checklists.NearDuplicateOfList");
        pair.Explanation["kind"]!.Value.Value.Should().Be(LabelledValue.Of(NearDuplicateKind.Vertical));
        pair.Explanation["score"]!.Value.Value.Should().Be(pair.Score);
        pair.Explanation.Render(MessageCatalog.Chinese).Should().Be(
            $"清单“RG-P1”与“RG-team”雷同（上下一般粗（纵向雷同）），相似度 {pair.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}，{pair.Matches.Length} 个条目高度相近。");
        pair.Explanation.Render(MessageCatalog.English).Should().StartWith("Checklist 'RG-P1' and 'RG-team' copy each other (Vertical)");
    }

    [Fact]
    public void MilestoneProgress_Explanation_SaysWhy()
    {
        var list = new ResponsibilityChecklist("a", County.Id, County.Year, TestChecklists.Team("RG"),
        [
            new ChecklistItem("i1", ["C01-01"], "内容", "措施",
                [new Milestone(new LocalDate(2021, 3, 31), "一季度", new LocalDate(2021, 3, 30)), new Milestone(new LocalDate(2021, 6, 10), "二季度"), new Milestone(new LocalDate(2021, 6, 30), "半年"), new Milestone(new LocalDate(2021, 12, 31), "全年")],
                "标准"),
        ]);

        var texts = new ScheduleTracker().Evaluate([list], new LocalDate(2021, 6, 20)).Milestones.Select(m => m.Explanation.Render(MessageCatalog.Chinese));

        texts.Should().Equal(
            "已于2021年3月30日完成（完成时限2021年3月31日）。",
            "已逾期 10 天（完成时限2021年6月10日）。",
            "即将到期，距完成时限2021年6月30日还有 10 天。",
            "按序时推进，距完成时限2021年12月31日还有 194 天。");
    }

    [Fact]
    public void ReturnWithoutReason_RendersInTheCurrentUICulture()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2021, 1, 10, 2, 0));
        var submitted = Checklists.Review.ChecklistReview.Start("c1").Submit(new PersonId("P1"), clock);

        var issue = ((Action)(() => submitted.Return(new PersonId("R1"), clock, [], null))).Should().Throw<ValidationFailedException>().Which.Report.Issues.Single();

        issue.Render(MessageCatalog.Chinese).Should().Be("退回修订须至少说明一条理由（校验代码或文字说明）。");
        issue.Render(System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Should().Be("A checklist is returned with at least one reason: validation codes or text.");
        issue.Render(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Should().Be(issue.Render(MessageCatalog.Chinese), "an unknown culture falls back to zh-CN");
    }

    [Fact]
    public void NoChecklistsIssue_CarriesACitation_ThePackageKnowsNoArticleForItsRules()
    {
        // The checklist rules (mandated duties, first-form measures, milestones…) come from the yearly template, not from an
        // article the package holds in a basis table; an issue must not claim an article nobody checked.
        MessageCorpus.Issues().Select(static x => x.Issue).Where(static i => i.Code.StartsWith("CL", StringComparison.Ordinal))
            .Should().OnlyContain(static i => i.Citation == null);
    }
}
