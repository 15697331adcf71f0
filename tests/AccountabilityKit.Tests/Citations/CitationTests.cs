using AccountabilityKit.Citations;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Tests.Citations;

public class CitationTests
{
    [Theory]
    [InlineData("ARR2019 Art. 8", "问责条例第八条")]
    [InlineData("ARR2019 Art. 6(2)", "问责条例第六条第二款")]
    [InlineData("ARR2019 Art. 7 item 9", "问责条例第七条第（九）项")]
    [InlineData("ARR2019 Art. 17(1) item 2", "问责条例第十七条第一款第（二）项")]
    [InlineData("DPR2023 Art. 21", "纪律处分条例第二十一条")]
    [InlineData("DPR2018 Art. 105", "纪律处分条例（2018年）第一百零五条")]
    public void ToChineseString_DefaultRegistry_UsesShortTitleAndChineseNumerals(string english, string chinese)
    {
        var citation = Citation.Parse(english);

        citation.ToChineseString().Should().Be(chinese);
        citation.ToString().Should().Be(english);
    }

    [Fact]
    public void Parse_ArticleClauseItem_FillsTheParts()
    {
        var citation = Citation.Parse("ARR2019 Art. 17(1) item 2");

        citation.RegulationKey.Should().Be(RegulationKeys.AccountabilityRegulations2019);
        citation.Article.Should().Be(17);
        citation.Clause.Should().Be(1);
        citation.Item.Should().Be(2);
    }

    [Fact]
    public void Parse_ArticleOnly_LeavesClauseAndItemNull()
    {
        var citation = Citation.Parse("ARR2019 Art. 8");

        citation.Should().Be(new Citation("ARR2019", 8));
        citation.Clause.Should().BeNull();
        citation.Item.Should().BeNull();
    }

    [Fact]
    public void Constructor_Parts_FormatInEnglish()
    {
        new Citation("ARR2019", 6, clause: 2).ToString().Should().Be("ARR2019 Art. 6(2)");
        new Citation("ARR2019", 7, item: 9).ToString().Should().Be("ARR2019 Art. 7 item 9");
        new Citation("ARR2019", 17, 1, 2).ToString().Should().Be("ARR2019 Art. 17(1) item 2");
    }

    [Theory]
    [InlineData("zh-CN", "问责条例第六条第二款")]
    [InlineData("zh", "问责条例第六条第二款")]
    [InlineData("zh-Hans", "问责条例第六条第二款")]
    [InlineData("ZH-cn", "问责条例第六条第二款")]
    [InlineData("en", "ARR2019 Art. 6(2)")]
    [InlineData("en-US", "ARR2019 Art. 6(2)")]
    [InlineData("fr", "ARR2019 Art. 6(2)")]
    [InlineData("", "ARR2019 Art. 6(2)")]
    public void ToString_CultureName_PicksChineseForZhOnly(string cultureName, string expected)
    {
        new Citation("ARR2019", 6, 2).ToString(cultureName).Should().Be(expected);
    }

    [Fact]
    public void ToString_NullCultureName_Throws()
    {
        var act = () => new Citation("ARR2019", 6).ToString(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToChineseString_UnknownKey_WritesKeyAsIs()
    {
        new Citation("JSIR2020", 12, 3).ToChineseString().Should().Be("JSIR2020第十二条第三款");
    }

    [Fact]
    public void ToChineseString_CustomRegistry_UsesItsShortTitle()
    {
        var registry = RegulationRegistry.Default.With(new Regulation(
            "JSIR2020", "江苏省实施办法", "江苏实施办法", "Jiangsu Implementing Rules (2020)", null, null, VerificationStatus.Unverified));
        var citation = new Citation("JSIR2020", 12);

        citation.ToChineseString(registry).Should().Be("江苏实施办法第十二条");
        citation.ToString("zh-CN", registry).Should().Be("江苏实施办法第十二条");
        citation.ToChineseString(RegulationRegistry.Empty).Should().Be("JSIR2020第十二条");
    }

    [Theory]
    [InlineData("ARR2019 Art. 8")]
    [InlineData("ARR2019 Art. 6(2)")]
    [InlineData("ARR2019 Art. 7 item 9")]
    [InlineData("DPR2023 Art. 9999(9999) item 9999")]
    [InlineData("JSIR2020 Art. 1")]
    public void Parse_ToString_RoundTrips(string text)
    {
        var citation = Citation.Parse(text);

        citation.ToString().Should().Be(text);
        Citation.Parse(citation.ToString()).Should().Be(citation);
        Citation.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(citation);
    }

    [Theory]
    [InlineData("ARR2019 Art. 0", VocabularyIssueCodes.InvalidArticleNumber)]
    [InlineData("ARR2019 Art. 8(0)", VocabularyIssueCodes.InvalidArticleNumber)]
    [InlineData("ARR2019 Art. 8 item 0", VocabularyIssueCodes.InvalidArticleNumber)]
    [InlineData("ARR2019 Art. 10000", VocabularyIssueCodes.InvalidArticleNumber)]
    [InlineData("arr2019 Art. 8", VocabularyIssueCodes.MalformedCitation)]
    [InlineData("ARR2019 Article 8", VocabularyIssueCodes.MalformedCitation)]
    [InlineData("ARR2019 Art.8", VocabularyIssueCodes.MalformedCitation)]
    [InlineData("ARR2019 Art. 8 ", VocabularyIssueCodes.MalformedCitation)]
    [InlineData("ARR2019 Art. -8", VocabularyIssueCodes.MalformedCitation)]
    [InlineData("问责条例第八条", VocabularyIssueCodes.MalformedCitation)]
    [InlineData("", VocabularyIssueCodes.MalformedCitation)]
    public void Parse_InvalidText_ThrowsWithCode(string text, string code)
    {
        var issue = IssueAssertions.SingleIssue(() => Citation.Parse(text));

        issue.Code.Should().Be(code);
        issue.Path.Should().StartWith("text");
        Citation.TryParse(text, out var citation).Should().BeFalse();
        citation.Should().Be(default(Citation));
    }

    [Fact]
    public void Parse_ArticleZero_LocatesTheArticleUnderText()
    {
        IssueAssertions.SingleIssue(() => Citation.Parse("ARR2019 Art. 0")).ShouldBe(VocabularyIssueCodes.InvalidArticleNumber, "text.article");
        IssueAssertions.SingleIssue(() => Citation.Parse("ARR2019 Art. 3(0)")).ShouldBe(VocabularyIssueCodes.InvalidArticleNumber, "text.clause");
    }

    [Fact]
    public void Parse_Malformed_IsAtText()
    {
        IssueAssertions.SingleIssue(() => Citation.Parse("ARR2019 Article 8")).ShouldBe(VocabularyIssueCodes.MalformedCitation, "text");
    }

    [Fact]
    public void Parse_Null_ThrowsAK030()
    {
        IssueAssertions.SingleIssue(() => Citation.Parse(null!)).ShouldBe(VocabularyIssueCodes.MalformedCitation, "text");
        Citation.TryParse(null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("arr2019")]
    [InlineData("A")]
    [InlineData("")]
    [InlineData("ARR 2019")]
    [InlineData("2019ARR")]
    public void Constructor_BadKey_ThrowsAK030AtRegulationKey(string key)
    {
        IssueAssertions.SingleIssue(() => _ = new Citation(key, 8)).ShouldBe(VocabularyIssueCodes.MalformedCitation, "regulationKey");
    }

    [Fact]
    public void Constructor_NullKey_ThrowsAK030AtRegulationKey()
    {
        IssueAssertions.SingleIssue(() => _ = new Citation(null!, 8)).ShouldBe(VocabularyIssueCodes.MalformedCitation, "regulationKey");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void Constructor_BadArticle_ThrowsAK032AtArticle(int article)
    {
        IssueAssertions.SingleIssue(() => _ = new Citation("ARR2019", article)).ShouldBe(VocabularyIssueCodes.InvalidArticleNumber, "article");
    }

    [Fact]
    public void Constructor_SeveralProblems_ReportsEveryOne()
    {
        var exception = Assert.Throws<ValidationFailedException>(() => _ = new Citation("bad", 0, 0, 0));

        exception.Report.Issues.Select(i => (i.Code, i.Path)).Should().Equal(
            (VocabularyIssueCodes.MalformedCitation, "regulationKey"),
            (VocabularyIssueCodes.InvalidArticleNumber, "article"),
            (VocabularyIssueCodes.InvalidArticleNumber, "clause"),
            (VocabularyIssueCodes.InvalidArticleNumber, "item"));
    }

    [Fact]
    public void Default_HasEmptyKey()
    {
        default(Citation).RegulationKey.Should().BeEmpty();
        RegulationRegistry.Default.Validate(default).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Equality_SameParts_AreEqual()
    {
        new Citation("ARR2019", 6, 2).Should().Be(Citation.Parse("ARR2019 Art. 6(2)"));
        new Citation("ARR2019", 6, 2).Should().NotBe(new Citation("ARR2019", 6));
        new Citation("ARR2019", 6, 2).Should().NotBe(new Citation("ARR2016", 6, 2));
    }

    [Fact]
    public void Regulation_QuotedTitle_UsesBookTitleMarks()
    {
        new Regulation("X2020", "某条例", "某", "Some", new LocalDate(2020, 1, 1), null, VerificationStatus.Verified)
            .QuotedTitle.Should().Be("《某条例》");
    }
}
