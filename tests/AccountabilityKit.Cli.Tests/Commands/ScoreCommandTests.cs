using System.Text.Json;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

public sealed class ScoreCommandTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    private string[] Args(string quarter, params string[] more) =>
        ["score", "--rules", data.File("rules-county-level.json"), "--rules", data.File("rules-city-departments.json"), "--findings", data.File("findings.json"), "--quarter", quarter, .. more];

    [Fact]
    public async Task Score_GeneratedQuarter_RanksEveryGroupAndExplainsEachCard()
    {
        var run = await ToolRun.RunAsync(Args("2021Q2", "--as-of", "2021-07-15", "--format", "json"));

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        var ranking = document.Values("ranking");
        ranking.Should().HaveCount(10);
        ranking.Select(r => r.GetProperty("group").GetString()).Distinct().Should().BeEquivalentTo("county", "cityDepartments");

        // The lines of each card add up to its total.
        var lines = document.Values("lines");
        foreach (var unit in ranking)
        {
            var id = unit.GetProperty("unit").GetString();
            var total = unit.GetProperty("total").GetDecimal();
            var sum = lines.Where(l => l.GetProperty("unit").GetString() == id && l.GetProperty("kind").GetString() != "total")
                .Sum(l => l.GetProperty("points").GetDecimal());
            sum.Should().Be(total, $"the lines of {id} explain its total");
        }

        var summary = document.Values("summary").Single();
        summary.GetProperty("quarter").GetString().Should().Be("2021Q2");
        summary.GetProperty("asOf").GetString().Should().Be("2021-07-15");
        document.Table("summary").GetProperty("columns")[1].GetProperty("type").GetString().Should().Be("date");
    }

    [Fact]
    public async Task Score_AsOfDefaultsToTheClock()
    {
        var run = await ToolRun.RunAsync(Args("2021Q1"));

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("整改情况截至 2021年7月15日").And.Contain("排名（按单位组）").And.Contain("基础分");
    }

    [Fact]
    public async Task Score_QuarterOutsideTheRuleSets_ExitsOneWithAs052()
    {
        var run = await ToolRun.RunAsync(Args("2022Q1"));

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("AS052");
    }

    [Fact]
    public async Task Score_ShippedExampleRulesByName_ApplyTo2026Only()
    {
        var run = await ToolRun.RunAsync("score", "--rules", "county-level", "--findings", data.File("findings.json"), "--quarter", "2021Q1", "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("AS052").And.Contain("unit JH-C01");
    }

    [Fact]
    public async Task Score_UnknownCategoryAndBadUnit_ExitsOneWithPaths()
    {
        var findings = """
            {
              "units": [ {"id": "C", "name": "市委", "kind": "city"}, {"id": "X", "name": "县委", "kind": "county", "parentId": "C"} ],
              "findings": [
                {"id": "f1", "unit": "X", "quarter": "2021Q2", "source": "quarterlyInspection", "categoryCode": "weather", "severity": "minor", "description": "d"},
                {"id": "f1", "unit": "X", "quarter": "2021Q2", "source": "quarterlyInspection", "categoryCode": "political", "severity": "minor", "description": "d"}
              ]
            }
            """;
        var path = data.Scratch.Write("findings-bad.json", findings);

        var run = await ToolRun.RunAsync("score", "--rules", data.File("rules-county-level.json"), "--findings", path, "--quarter", "2021Q2", "--format", "csv");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("AS057").And.Contain("$.findings[1].id");
    }

    [Fact]
    public async Task Score_FindingWithUndefinedSeverity_ExitsOneWithTheJsonPath()
    {
        var findings = """
            {
              "units": [ {"id": "C", "name": "市委", "kind": "city"} ],
              "findings": [ {"id": "f1", "unit": "C", "quarter": "2021Q2", "source": "quarterlyInspection", "categoryCode": "political", "severity": "awful", "description": "d"} ]
            }
            """;
        var path = data.Scratch.Write("findings-enum.json", findings);

        var run = await ToolRun.RunAsync("score", "--rules", data.File("rules-county-level.json"), "--findings", path, "--quarter", "2021Q2");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("$.findings[0].severity");
        run.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("2021Q5")]
    [InlineData("Q2-2021")]
    public async Task Score_MalformedQuarter_ExitsTwo(string quarter)
    {
        var run = await ToolRun.RunAsync(Args(quarter));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain(quarter);
    }

    [Fact]
    public async Task Score_MissingFindingsFile_ExitsTwo()
    {
        var run = await ToolRun.RunAsync("score", "--rules", "county-level", "--findings", data.Scratch.File("none.json"), "--quarter", "2026Q1");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: 问题文件“{data.Scratch.File("none.json")}”不存在\n");
    }

    [Fact]
    public async Task Score_MissingFindingsFile_English_NamesTheFileKind()
    {
        var run = await ToolRun.RunAsync("score", "--rules", "county-level", "--findings", data.Scratch.File("none.json"), "--quarter", "2026Q1", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: findings file '{data.Scratch.File("none.json")}' not found\n");
    }
}
