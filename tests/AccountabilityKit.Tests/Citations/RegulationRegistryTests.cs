using System.Reflection;
using AccountabilityKit.Citations;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Tests.Citations;

public class RegulationRegistryTests
{
    private static readonly Regulation Jiangsu = new(
        "JSIR2020", "江苏省党委（党组）落实全面从严治党主体责任实施办法", "江苏实施办法", "Jiangsu Implementing Rules (2020)",
        new LocalDate(2020, 6, 1), null, VerificationStatus.Unverified, RegulationKeys.PrincipalResponsibilityProvisions2020);

    public static TheoryData<string> AllKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in KeyConstants())
        {
            data.Add(key);
        }

        return data;
    }

    private static List<string> KeyConstants() =>
        [.. typeof(RegulationKeys)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Default_EveryRegulationKeysConstant_IsRegisteredWithTitles(string key)
    {
        RegulationRegistry.Default.Contains(key).Should().BeTrue();
        var regulation = RegulationRegistry.Default.Get(key);
        regulation.Key.Should().Be(key);
        regulation.Title.Should().NotBeNullOrWhiteSpace();
        regulation.ShortTitle.Should().NotBeNullOrWhiteSpace();
        regulation.EnglishTitle.Should().NotBeNullOrWhiteSpace();
        Enum.IsDefined(regulation.Status).Should().BeTrue();
        if (regulation.SupersedesKey is { } superseded)
        {
            RegulationRegistry.Default.Contains(superseded).Should().BeTrue();
        }
    }

    [Fact]
    public void Default_HoldsExactlyTheRegulationKeysConstants()
    {
        var keys = KeyConstants();

        keys.Should().HaveCount(11).And.OnlyHaveUniqueItems();
        RegulationRegistry.Default.Count.Should().Be(keys.Count);
        RegulationRegistry.Default.All.Select(r => r.Key).Should().BeEquivalentTo(keys);
        RegulationRegistry.Default.All.Select(r => r.Key).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Default_ARR2019_InForceFrom1September2019AndSupersedesARR2016()
    {
        var arr = RegulationRegistry.Default.Get(RegulationKeys.AccountabilityRegulations2019);

        arr.EffectiveFrom.Should().Be(new LocalDate(2019, 9, 1));
        arr.IssuedOn.Should().Be(new LocalDate(2019, 8, 25));
        arr.ShortTitle.Should().Be("问责条例");
        arr.QuotedTitle.Should().Be("《中国共产党问责条例》");
        arr.Status.Should().Be(VerificationStatus.Verified);
        arr.SupersedesKey.Should().Be(RegulationKeys.AccountabilityRegulations2016);
    }

    [Fact]
    public void Default_DPR2023_InForceFrom1January2024()
    {
        var dpr = RegulationRegistry.Default.Get(RegulationKeys.DisciplinaryRegulations2023);

        dpr.EffectiveFrom.Should().Be(new LocalDate(2024, 1, 1));
        dpr.ShortTitle.Should().Be("纪律处分条例");
        dpr.SupersedesKey.Should().Be(RegulationKeys.DisciplinaryRegulations2018);
    }

    [Fact]
    public void Empty_HasNothing()
    {
        RegulationRegistry.Empty.Count.Should().Be(0);
        RegulationRegistry.Empty.All.Should().BeEmpty();
        RegulationRegistry.Empty.Contains(RegulationKeys.AccountabilityRegulations2019).Should().BeFalse();
    }

    [Fact]
    public void With_NewRegulation_AddsWithoutChangingDefault()
    {
        var registry = RegulationRegistry.Default.With(Jiangsu);

        registry.Count.Should().Be(RegulationRegistry.Default.Count + 1);
        registry.Get("JSIR2020").Should().BeSameAs(Jiangsu);
        registry.Contains(RegulationKeys.AccountabilityRegulations2019).Should().BeTrue();
        RegulationRegistry.Default.Contains("JSIR2020").Should().BeFalse();
    }

    [Fact]
    public void With_ExistingKey_ReplacesWithoutChangingDefault()
    {
        var original = RegulationRegistry.Default.Get(RegulationKeys.AccountabilityRegulations2019);
        var replacement = original with { ShortTitle = "新问责条例" };

        var registry = RegulationRegistry.Default.With(replacement);

        registry.Count.Should().Be(RegulationRegistry.Default.Count);
        registry.Get(RegulationKeys.AccountabilityRegulations2019).ShortTitle.Should().Be("新问责条例");
        RegulationRegistry.Default.Get(RegulationKeys.AccountabilityRegulations2019).Should().BeSameAs(original);
        new Citation(RegulationKeys.AccountabilityRegulations2019, 8).ToChineseString(registry).Should().Be("新问责条例第八条");
    }

    [Theory]
    [InlineData("jsir2020")]
    [InlineData("J")]
    [InlineData("")]
    [InlineData("JS IR")]
    public void With_BadKey_ThrowsAK033AtKey(string key)
    {
        IssueAssertions.SingleIssue(() => RegulationRegistry.Default.With(Jiangsu with { Key = key }))
            .ShouldBe(VocabularyIssueCodes.InvalidRegulation, "key");
    }

    [Theory]
    [InlineData("", "短", "Short")]
    [InlineData("标题", " ", "Short")]
    [InlineData("标题", "短", "")]
    public void With_MissingTitle_ThrowsAK033AtTitle(string title, string shortTitle, string englishTitle)
    {
        IssueAssertions.SingleIssue(() => RegulationRegistry.Empty.With(Jiangsu with { Title = title, ShortTitle = shortTitle, EnglishTitle = englishTitle }))
            .ShouldBe(VocabularyIssueCodes.InvalidRegulation, "title");
    }

    [Fact]
    public void With_Null_Throws()
    {
        var act = () => RegulationRegistry.Default.With(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Get_UnknownKey_ThrowsAK031AtKey()
    {
        IssueAssertions.SingleIssue(() => RegulationRegistry.Default.Get("JSIR2020")).ShouldBe(VocabularyIssueCodes.UnknownRegulation, "key");
    }

    [Fact]
    public void TryGet_KnownAndUnknown()
    {
        RegulationRegistry.Default.TryGet("ARR2019", out var found).Should().BeTrue();
        found!.Key.Should().Be("ARR2019");
        RegulationRegistry.Default.TryGet("arr2019", out var missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    [Fact]
    public void Validate_KnownCitation_IsEmpty()
    {
        RegulationRegistry.Default.Validate(Citation.Parse("ARR2019 Art. 8")).Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void Validate_UnknownCitation_ReportsAK031AtGivenPath()
    {
        var report = RegulationRegistry.Default.Validate(Citation.Parse("JSIR2020 Art. 3"), "$.rules[2].citation");

        report.IsValid.Should().BeFalse();
        report.Issues.Should().ContainSingle().Which.ShouldBe(VocabularyIssueCodes.UnknownRegulation, "$.rules[2].citation");
        report.Issues[0].Message.Should().Contain("JSIR2020");
    }

    [Fact]
    public void Validate_NoPath_UsesRoot()
    {
        RegulationRegistry.Default.Validate(Citation.Parse("JSIR2020 Art. 3")).Issues[0].Path.Should().Be(JsonPaths.Root);
        RegulationRegistry.Default.With(Jiangsu).Validate(Citation.Parse("JSIR2020 Art. 3")).IsValid.Should().BeTrue();
    }
}
