using System.Globalization;
using AccountabilityKit.Assessment.Review;
using AccountabilityKit.Documents.Review;
using AccountabilityKit.Documents.Tests.TestSupport;
using static AccountabilityKit.Documents.Tests.TestSupport.Samples;

namespace AccountabilityKit.Documents.Tests.Review;

public sealed class ReviewMeetingPackDocumentTests
{
    private static Docx Write(ReviewMeetingPack? pack = null) =>
        Docx.Of(s => ReviewMeetingPackDocument.Write(pack ?? Pack, Rankings, Cards, s, Options));

    [Fact]
    public void Write_Validates_AndNoTableIsEmpty()
    {
        using var docx = Write();

        docx.ValidationErrors().Should().BeEmpty();
        docx.Tables().Should().NotBeEmpty().And.OnlyContain(t => Docx.Rows(t).Count >= 2, "every table has its header and at least one row");
    }

    [Fact]
    public void Write_EveryScoreCardTable_LinesSumToTheTotalRow()
    {
        using var docx = Write();

        var cardTables = docx.Tables().Where(t => Docx.Rows(t)[0][0] == "项目").ToList();
        cardTables.Should().HaveCount(Cards.Count);
        foreach (var (table, card) in cardTables.Zip(Cards))
        {
            var rows = Docx.Rows(table);
            var lines = rows.Skip(1).SkipLast(1).Select(r => decimal.Parse(r[4], CultureInfo.InvariantCulture)).ToList();
            var total = decimal.Parse(rows[^1][4], CultureInfo.InvariantCulture);
            rows[^1][0].Should().Be("合计");
            lines.Should().HaveCount(card.Lines.Count);
            lines.Sum().Should().Be(total);
            total.Should().Be(card.Total);
        }
    }

    [Fact]
    public void Write_EachUnitsProblemList_HoldsItsFindingsOnce()
    {
        using var docx = Write();

        var lists = docx.Tables().Where(t => Docx.Rows(t)[0][0] == "序号" && Docx.Rows(t)[0][1] == "问题类别").ToList();
        var withFindings = Pack.Pages.Where(p => p.ProblemList.Findings.Count > 0).ToList();
        lists.Should().HaveCount(withFindings.Count);
        foreach (var (table, page) in lists.Zip(withFindings))
        {
            Docx.Rows(table).Skip(1).Select(r => r[3]).Should().Equal(page.ProblemList.Findings.Select(f => f.Description));
        }

        docx.Paragraphs().Should().Contain("市委组织部2026年第二季度问题清单").And.Contain("本季度未发现问题。");
    }

    [Fact]
    public void Write_RankingPerGroup_CountsAndFollowUpActions()
    {
        using var docx = Write();

        var paragraphs = docx.Paragraphs();
        paragraphs[0].Should().Be("2026年第二季度党建工作点评会材料");
        paragraphs.Should().Contain("县（市、区）").And.Contain("市级部门");
        var ranking = docx.Tables().First(t => Docx.Rows(t)[0][0] == "名次");
        Docx.Rows(ranking).Skip(1).Select(r => r[1]).Should().Equal(Rankings[0].Entries.Select(e => Tree[e.Unit].Name));

        var counts = docx.Tables().Single(t => Docx.Rows(t)[0].SequenceEqual(["问题类别", "严重程度", "数量"]));
        Docx.Rows(counts).Skip(1).Sum(r => int.Parse(r[2], CultureInfo.InvariantCulture)).Should().Be(Pack.Counts.Sum(c => c.Count));

        var actions = Pack.Pages.SelectMany(p => p.Actions).ToList();
        actions.Should().NotBeEmpty("the overdue Q1 finding asks for a reminder talk");
        var table = docx.Tables().Single(t => Docx.Rows(t)[0][2] == "措施");
        Docx.Rows(table).Skip(1).Select(r => r[2]).Should().Equal(actions.Select(a => a.Kind == Assessment.FollowUp.FollowUpActionKind.ReminderTalk ? "约谈提醒" : "函告"));
        Docx.Rows(table)[1][3].Should().Contain("张三");
    }

    [Fact]
    public void Write_WithoutRankingsOrCards_SaysSo_AndStaysValid()
    {
        using var docx = Docx.Of(s => ReviewMeetingPackDocument.Write(Pack, [], [], s));

        docx.ValidationErrors().Should().BeEmpty();
        docx.Paragraphs().Should().Contain("未提供排名。").And.Contain("未提供该单位的评分表。");
    }

    [Fact]
    public void Write_SameInput_SameBytes()
    {
        using var first = Write();
        using var second = Write();
        first.Bytes.Should().Equal(second.Bytes);
    }
}
