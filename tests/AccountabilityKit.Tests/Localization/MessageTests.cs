using System.Globalization;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using CsCheck;
using NodaTime;

namespace AccountabilityKit.Tests.Localization;

public sealed class VocabularyCatalogTests() : MessageCatalogContractTests(Catalog.Instance);

public class MessageTests
{
    private static readonly Citation Art6Clause2 = new(RegulationKeys.AccountabilityRegulations2019, 6, 2);

    private static ValidationIssue DuplicateUnit() =>
        new OrgTreeBuildFailure().Issue;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    [InlineData("zh-Hans")]
    [InlineData("fr-FR")]
    [InlineData("de")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Render_AnyCultureButEnglish_IsChinese(string culture)
    {
        var message = Catalog.Of(nameof(Messages.UnitNameMissing), ("id", "NT"));

        message.Render(CultureInfo.GetCultureInfo(culture)).Should().Be("单位“NT”没有名称。");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public void Render_EnglishCulture_IsEnglish(string culture)
    {
        Catalog.Of(nameof(Messages.UnitNameMissing), ("id", "NT")).Render(CultureInfo.GetCultureInfo(culture))
            .Should().Be("The unit 'NT' has no name.");
    }

    [Fact]
    public void Render_WithoutCulture_FollowsCurrentUiCulture_ChineseByDefault()
    {
        var message = Catalog.Of(nameof(Messages.NoIssues));
        using (UiCulture.Use("en-US"))
        {
            message.Render().Should().Be("No issues.");
            message.ToString().Should().Be("No issues.");
        }

        using (UiCulture.Use("fr"))
        {
            message.Render().Should().Be("没有问题。");
        }

        using (UiCulture.Use(string.Empty))
        {
            message.Render().Should().Be("没有问题。", "the invariant culture falls back to zh-CN");
        }
    }

    [Fact]
    public void Arguments_RenderByKind_InEachCulture()
    {
        var catalog = new MessageCatalog(
            "KindsTest",
            new Dictionary<string, string> { ["All"] = "{d}|{q}|{y}|{c}|{l}|{list}|{n}|{m}|{nested}" },
            new Dictionary<string, string> { ["All"] = "{d}|{q}|{y}|{c}|{l}|{list}|{n}|{m}|{nested}" });
        var message = catalog.Create(
            "All",
            ("d", new LocalDate(2021, 3, 31)),
            ("q", new AssessmentQuarter(2021, 2)),
            ("y", new AssessmentYear(2021)),
            ("c", Art6Clause2),
            MessageArgument.Of("l", IssueSeverity.Warning),
            MessageArgument.List("list", ["NT", "SZ"]),
            ("n", 3),
            ("m", 2.50m),
            ("nested", Catalog.Of(nameof(Messages.NoIssues))));

        message.Render(MessageCatalog.Chinese).Should().Be("2021年3月31日|2021年第二季度|2021|问责条例第六条第二款|警告|NT、SZ|3|2.50|没有问题。");
        message.Render(MessageCatalog.English).Should().Be("2021-03-31|2021Q2|2021|ARR2019 Art. 6(2)|Warning|NT, SZ|3|2.50|No issues.");
    }

    [Fact]
    public void Host_RerendersAnIssue_FromIdAndArguments_WithItsOwnTemplate()
    {
        var issue = DuplicateUnit();
        var hostTemplates = new Dictionary<string, string>
        {
            ["Vocabulary.DuplicateUnitId"] = "编码 {id} 重复（首次出现于 {firstPath}）",
        };

        issue.MessageId.Should().Be("Vocabulary.DuplicateUnitId");
        var text = issue.Text.RenderWith(hostTemplates[issue.MessageId]);

        text.Should().Be("编码 NT 重复（首次出现于 $[0]）");
        issue.Arguments.Select(a => a.Name).Should().Equal("id", "firstPath");
    }

    [Fact]
    public void Issue_JsonRoundTrip_KeepsArgumentsAndCitation()
    {
        var catalog = new MessageCatalog(
            "RoundTripTest",
            new Dictionary<string, string> { ["M"] = "{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}" },
            new Dictionary<string, string> { ["M"] = "{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}" });
        var text = catalog.Create(
            "M",
            ("a", "text “引号”"),
            ("b", long.MaxValue),
            ("c", -12.340m),
            ("d", new LocalDate(2024, 1, 1)),
            ("e", new AssessmentQuarter(2021, 4)),
            ("f", new AssessmentYear(1900)),
            ("g", Art6Clause2),
            MessageArgument.Of("h", UnitKind.County),
            MessageArgument.List("i", ["x", string.Empty]),
            ("j", Catalog.Of(nameof(Messages.UnitNameMissing), ("id", "NT"))));
        var issue = ValidationIssue.Warning("AC123", "$.subjects[1]", text, Art6Clause2);
        var info = AccountabilityKitJson.TypeInfo<ValidationIssue>();

        var json = AccountabilityKitJson.Write(issue, info);
        var read = AccountabilityKitJson.Read(json, info);

        read.Should().Be(issue);
        read.Citation.Should().Be(Art6Clause2);
        read.Arguments.Should().Equal(issue.Arguments);
        read.Render(MessageCatalog.English).Should().Be(issue.Render(MessageCatalog.English));
        json.Should().Contain("\"messageId\": \"RoundTripTest.M\"").And.Contain("\"citation\": \"ARR2019 Art. 6(2)\"")
            .And.Contain("\"kind\": \"wholeNumber\"").And.Contain("\"value\": 9223372036854775807");
    }

    [Fact]
    public void Issue_FromJson_WithUnknownCatalogue_RendersTheTextItWasReadWith()
    {
        const string json = """
            {"code":"XY001","severity":"error","path":"$","messageId":"Elsewhere.Key","arguments":[{"name":"n","kind":"wholeNumber","value":2}],"citation":null,"message":"别处的消息"}
            """;

        var issue = AccountabilityKitJson.Read(json, AccountabilityKitJson.TypeInfo<ValidationIssue>());

        issue.Message.Should().Be("别处的消息");
        issue.Arguments.Should().ContainSingle().Which.Value.Should().Be(2L);
    }

    [Fact]
    public void Catalog_Create_UnknownKey_Throws_AndDuplicateNameIsRefused()
    {
        var act = () => Catalog.Instance.Create("NoSuchKey");
        act.Should().Throw<ArgumentException>();

        var twice = () => new MessageCatalog("Vocabulary", Messages.ResourceManager);
        twice.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Property_JsonRoundTrip_OfRandomArguments_IsIdentity()
    {
        var catalog = new MessageCatalog(
            "PropertyTest",
            new Dictionary<string, string> { ["P"] = "{s}{n}{d}" },
            new Dictionary<string, string> { ["P"] = "{s}{n}{d}" });
        var info = AccountabilityKitJson.TypeInfo<ValidationIssue>();
        Gen.Select(Gen.String, Gen.Long, Gen.Decimal).Sample((s, n, d) =>
        {
            var issue = ValidationIssue.Error("PT001", "$", catalog.Create("P", ("s", s), ("n", n), ("d", d)));
            var read = AccountabilityKitJson.Read(AccountabilityKitJson.Write(issue, info), info);
            return read == issue && read.Render(MessageCatalog.Chinese) == issue.Render(MessageCatalog.Chinese);
        });
    }

    private sealed class OrgTreeBuildFailure
    {
        public OrgTreeBuildFailure()
        {
            var report = OrgTree.Validate(
            [
                new OrgUnit(new OrgUnitId("NT"), "南通市", UnitKind.City),
                new OrgUnit(new OrgUnitId("NT"), "重复", UnitKind.County, new OrgUnitId("NT")),
            ]);
            Issue = report.Issues.First(i => i.Code == VocabularyIssueCodes.DuplicateOrgUnit);
        }

        public ValidationIssue Issue { get; }
    }
}

public class ValidationReportBuilderTests
{
    [Fact]
    public void Scopes_ShareOneList_AndPrefixTheirPaths()
    {
        var builder = new ValidationReportBuilder();
        var category = builder.At("categories", 2);
        category.Error("AS012", "name", TestText.Of("a"));
        category.Under("deductions").Warning("AS013", "[0]", TestText.Of("b"));
        builder.Error("AS010", "id", TestText.Of("c"));

        var report = builder.Build();

        report.Issues.Select(i => (i.Code, i.Path, i.Severity)).Should().Equal(
            ("AS012", "$.categories[2].name", IssueSeverity.Error),
            ("AS013", "$.categories[2].deductions[0]", IssueSeverity.Warning),
            ("AS010", "$.id", IssueSeverity.Error));
        builder.HasErrors.Should().BeTrue();
        category.Count.Should().Be(3);
    }

    [Fact]
    public void AddUnder_LocatesAnInnerReport_InTheScope()
    {
        var inner = ValidationReport.Of(ValidationIssue.Error("AK001", "$.id", TestText.Of("x")));
        var builder = new ValidationReportBuilder();

        builder.At("units", 4).AddUnder(inner);

        builder.Build().Issues.Single().Path.Should().Be("$.units[4].id");
    }

    [Fact]
    public void Require_AddsOnlyWhenTheConditionFails_AndBuildsTheMessageLazily()
    {
        var builder = new ValidationReportBuilder();
        var built = 0;

        builder.Require(true, "AK002", "name", () => { built++; return TestText.Of("x"); }).Should().BeTrue();
        builder.Require(false, "AK002", "name", () => { built++; return TestText.Of("y"); }).Should().BeFalse();

        built.Should().Be(1);
        builder.Build().Issues.Should().ContainSingle().Which.Path.Should().Be("$.name");
        new ValidationReportBuilder().Build().Should().BeSameAs(ValidationReport.Empty);
    }
}

public class MessagesReadmeSampleTests
{
    [Fact]
    public void ReadmeSample_PrintsWhatTheReadmeSays()
    {
        var report = OrgTree.Validate(
        [
            new OrgUnit(new OrgUnitId("NT"), "南通市委", UnitKind.City),
            new OrgUnit(new OrgUnitId("NT"), "如皋市委", UnitKind.County, new OrgUnitId("NT")),
        ]);
        var issue = report.Issues[0];

        issue.Code.Should().Be("AK010");
        issue.Render(MessageCatalog.Chinese).Should().Be("单位编码“NT”已被 $[0] 处的单位使用。");
        issue.Render(CultureInfo.GetCultureInfo("en-US")).Should().Be("The id 'NT' is already used by the unit at $[0].");
        issue.MessageId.Should().Be("Vocabulary.DuplicateUnitId");
        issue.Arguments.Select(a => $"{a.Name} ({a.Kind}) = {a.Value}").Should().Equal("id (Text) = NT", "firstPath (Text) = $[0]");
        issue.Text.RenderWith("编码 {id} 重复").Should().Be("编码 NT 重复");
    }
}
