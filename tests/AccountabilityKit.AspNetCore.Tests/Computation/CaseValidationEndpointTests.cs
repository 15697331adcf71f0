using System.Net;
using System.Text;
using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;
using FluentAssertions;
using Xunit;

namespace AccountabilityKit.AspNetCore.Tests.Computation;

public sealed class CaseValidationEndpointTests
{
    private const string Route = "/akit/v1/accountability/cases/validate";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Body(AccountabilityCase @case, string? pack = null) =>
        "{\"case\":" + AccountabilityCaseJson.Save(@case) + (pack is null ? string.Empty : ",\"pack\":" + pack) + "}";

    private static async Task<(HttpStatusCode Status, JsonElement Root)> PostAsync(KitTestHost host, string body, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = Json(body) };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task ValidCase_AnswersTheResponsibilitiesAndTheDecisionSupportOfTheLibrary()
    {
        await using var host = await KitTestHost.StartAsync();
        var @case = CaseSamples.Case();
        var (status, root) = await PostAsync(host, Body(@case));

        status.Should().Be(HttpStatusCode.OK);
        var pack = AccountabilityRules.PackFor(@case, RegulationPackCatalog.CreateDefault());
        AccountabilityRules.Validate(@case, pack).IsValid.Should().BeTrue();
        root.GetProperty("caseId").GetString().Should().Be(@case.Id);
        root.GetProperty("isValid").GetBoolean().Should().BeTrue();
        root.GetProperty("packId").GetString().Should().Be(pack.Id);
        root.GetProperty("regulationVersion").GetString().Should().Be(pack.RegulationVersion);
        root.GetProperty("issues").GetArrayLength().Should().Be(0);

        var subjects = root.GetProperty("subjects");
        subjects.GetArrayLength().Should().Be(@case.Organizations.Length + @case.Cadres.Length);
        var organization = subjects[0];
        organization.GetProperty("path").GetString().Should().Be("$.case.organizations[0]");
        organization.GetProperty("subjectKind").GetProperty("code").GetString().Should().Be("organization");
        organization.GetProperty("unit").GetString().Should().Be(CaseSamples.Bureau.Value);
        organization.GetProperty("person").ValueKind.Should().Be(JsonValueKind.Null);
        var orgAdvice = DecisionSupport.Recommend(pack, SubjectKind.Organization, @case.Harm, @case.Circumstances, []);
        ShouldMatch(organization.GetProperty("recommendation"), orgAdvice, MessageCatalog.Chinese);
        organization.GetProperty("withinRange").GetBoolean().Should().Be(@case.Organizations[0].Forms.All(f => orgAdvice.Forms.Any(o => o.Form == f)));

        var cadre = subjects[1];
        var expected = @case.Cadres[0];
        cadre.GetProperty("path").GetString().Should().Be("$.case.cadres[0]");
        cadre.GetProperty("person").GetString().Should().Be(expected.Person.Value);
        cadre.GetProperty("role").GetProperty("code").GetString().Should().Be(KitEnum.Name(expected.Role));
        cadre.GetProperty("responsibility").GetProperty("code").GetString().Should().Be(KitEnum.Name(expected.Responsibility!.Value));
        cadre.GetProperty("responsibility").GetProperty("label").GetString().Should().Be(Labels.ZhCn(expected.Responsibility!.Value));
        cadre.GetProperty("responsibilityCitation").GetProperty("code").GetString().Should().Be("ARR2019 Art. 6");
        cadre.GetProperty("decidedForms").EnumerateArray().Select(f => f.GetProperty("code").GetString()).Should().Equal(expected.Forms.Select(f => KitEnum.Name(f)));
        var cadreAdvice = DecisionSupport.Recommend(pack, SubjectKind.Cadre, @case.Harm, @case.Circumstances, [], expected.Responsibility);
        ShouldMatch(cadre.GetProperty("recommendation"), cadreAdvice, MessageCatalog.Chinese);
        cadre.GetProperty("withinRange").GetBoolean().Should().Be(expected.Forms.All(f => cadreAdvice.Forms.Any(o => o.Form == f)));
        cadre.GetProperty("recommendationIssues").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task ValidCase_InEnglish_RendersStepsAndLabelsInEnglish()
    {
        await using var host = await KitTestHost.StartAsync();
        var @case = CaseSamples.Case() with { Modifiers = [new CaseModifier { Kind = ModifierKind.Mitigating, Evidence = "voluntary report" }] };
        var (status, root) = await PostAsync(host, Body(@case), "en-GB");

        status.Should().Be(HttpStatusCode.OK);
        var pack = BuiltInRegulationPacks.Arr2019;
        var advice = DecisionSupport.Recommend(pack, SubjectKind.Cadre, @case.Harm, @case.Circumstances, [ModifierKind.Mitigating], @case.Cadres[0].Responsibility);
        ShouldMatch(root.GetProperty("subjects")[1].GetProperty("recommendation"), advice, MessageCatalog.English);
        root.GetProperty("subjects")[1].GetProperty("responsibility").GetProperty("label").GetString().Should().Be(Labels.Of(@case.Cadres[0].Responsibility!.Value, MessageCatalog.English));
    }

    [Fact]
    public async Task CaseAgainstTheRules_Is200WithEveryIssueUnderTheCasePathAndItsArticle()
    {
        await using var host = await KitTestHost.StartAsync();
        // Art. 8: a cadre cannot be reorganised; Art. 12: a discipline commission may only propose removal.
        var @case = CaseSamples.Case() with
        {
            Cadres = [CaseSamples.SecretaryCadre(AccountabilityForm.Reorganization)],
            InvestigationTeam = [new People.PersonId("P-1")],
        };
        var (status, root) = await PostAsync(host, Body(@case), "en");

        status.Should().Be(HttpStatusCode.OK);
        var report = AccountabilityRules.Validate(@case);
        report.IsValid.Should().BeFalse();
        root.GetProperty("isValid").GetBoolean().Should().BeFalse();
        root.GetProperty("subjects").GetArrayLength().Should().Be(0);
        var issues = root.GetProperty("issues");
        issues.GetArrayLength().Should().Be(report.Issues.Length);
        for (var i = 0; i < report.Issues.Length; i++)
        {
            var expected = report.Issues[i];
            issues[i].GetProperty("code").GetString().Should().Be(expected.Code);
            issues[i].GetProperty("path").GetString().Should().Be(JsonPaths.Combine("$.case", expected.Path));
            issues[i].GetProperty("severity").GetProperty("code").GetString().Should().Be(KitEnum.Name(expected.Severity));
            issues[i].GetProperty("citation").GetString().Should().Be(expected.Citation?.ToString());
            issues[i].GetProperty("message").GetString().Should().Be(expected.Render(MessageCatalog.English));
        }

        issues.EnumerateArray().Select(i => i.GetProperty("path").GetString()).Should().Contain("$.case.cadres[0].forms[0]");
    }

    [Fact]
    public async Task PostedPack_IsTheOneTheCaseIsJudgedBy()
    {
        await using var host = await KitTestHost.StartAsync();
        var pack = BuiltInRegulationPacks.Arr2016;
        var @case = CaseSamples.Case();
        var (status, root) = await PostAsync(host, Body(@case, RegulationPackJson.Save(pack)));

        status.Should().Be(HttpStatusCode.OK);
        root.GetProperty("packId").GetString().Should().Be(pack.Id);
        var report = AccountabilityRules.Validate(@case, pack);
        root.GetProperty("isValid").GetBoolean().Should().Be(report.IsValid);
        root.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()).Should().Equal(report.Issues.Select(i => i.Code));
    }

    [Fact]
    public async Task CaseBefore2019_IsJudgedByThe2016Pack()
    {
        await using var host = await KitTestHost.StartAsync();
        var @case = CaseSamples.Case() with { StartApprovedOn = new NodaTime.LocalDate(2018, 3, 1), DecidedOn = new NodaTime.LocalDate(2018, 5, 10), DeliveredOn = new NodaTime.LocalDate(2018, 5, 12) };
        var (status, root) = await PostAsync(host, Body(@case));

        status.Should().Be(HttpStatusCode.OK);
        root.GetProperty("packId").GetString().Should().Be(AccountabilityRules.PackFor(@case, RegulationPackCatalog.CreateDefault()).Id).And.Be(BuiltInRegulationPacks.Arr2016.Id);
        root.GetProperty("isValid").GetBoolean().Should().Be(AccountabilityRules.Validate(@case).IsValid);
    }

    [Fact]
    public async Task UnknownFormSpelling_Is400WithTheCaseLoadersCodeUnderTheCasePath()
    {
        await using var host = await KitTestHost.StartAsync();
        var caseJson = AccountabilityCaseJson.Save(CaseSamples.Case()).Replace("\"admonishment\"", "\"scolding\"", StringComparison.Ordinal);
        var (status, root) = await PostAsync(host, "{\"case\":" + caseJson + "}");

        status.Should().Be(HttpStatusCode.BadRequest);
        AccountabilityCaseJson.TryLoad(caseJson, out _, out var report).Should().BeFalse();
        root.GetProperty("type").GetString().Should().Be(KitProblems.ValidationType);
        var issue = root.GetProperty("issues")[0];
        issue.GetProperty("code").GetString().Should().Be(report.Issues[0].Code);
        issue.GetProperty("path").GetString().Should().Be(JsonPaths.Combine("$.case", report.Issues[0].Path)).And.StartWith("$.case.cadres[0].forms");
    }

    [Fact]
    public async Task BadCaseAndBadPack_AreOne400ListingBoth()
    {
        await using var host = await KitTestHost.StartAsync();
        var (status, root) = await PostAsync(host, "{\"case\":{\"id\":\"x\"},\"pack\":[1]}");

        status.Should().Be(HttpStatusCode.BadRequest);
        var paths = root.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("path").GetString()).ToList();
        paths.Should().Contain(p => p!.StartsWith("$.case", StringComparison.Ordinal));
        root.GetProperty("issues").EnumerateArray().Should().Contain(i => i.GetProperty("code").GetString() == HttpIssueCodes.DocumentExpected && i.GetProperty("path").GetString() == "$.pack");
    }

    [Theory]
    [InlineData("{}", HttpIssueCodes.PropertyMissing, "$.case")]
    [InlineData("{\"case\":null}", HttpIssueCodes.DocumentExpected, "$.case")]
    [InlineData("{\"case\":\"text\"}", HttpIssueCodes.DocumentExpected, "$.case")]
    public async Task MissingOrNonObjectCase_Is400WithItsHttpCode(string body, string code, string path)
    {
        await using var host = await KitTestHost.StartAsync();
        var (status, root) = await PostAsync(host, body);

        status.Should().Be(HttpStatusCode.BadRequest);
        root.GetProperty("code").GetString().Should().Be(code);
        root.GetProperty("issues")[0].GetProperty("path").GetString().Should().Be(path);
    }

    [Fact]
    public async Task UnknownRequestProperty_Is400AtItsPath()
    {
        await using var host = await KitTestHost.StartAsync();
        var (status, root) = await PostAsync(host, "{\"case\":" + AccountabilityCaseJson.Save(CaseSamples.Case()) + ",\"cases\":[]}");

        status.Should().Be(HttpStatusCode.BadRequest);
        root.GetProperty("issues")[0].GetProperty("path").GetString().Should().Be("$.cases");
    }

    [Fact]
    public async Task UnknownRegulationVersion_Is400AtTheCasesVersionNot500()
    {
        await using var host = await KitTestHost.StartAsync();
        var @case = CaseSamples.Case() with { RegulationVersion = "ARR2099" };
        var (status, root) = await PostAsync(host, Body(@case));

        status.Should().Be(HttpStatusCode.BadRequest);
        root.GetProperty("code").GetString().Should().Be(Accountability.AccountabilityIssueCodes.UnknownRegulationVersion);
        root.GetProperty("issues")[0].GetProperty("path").GetString().Should().Be("$.case.regulationVersion");
    }

    [Fact]
    public async Task ValidCaseThatDecidesNothing_ExplainsWhyDecisionSupportCannotAdvise()
    {
        await using var host = await KitTestHost.StartAsync();
        var @case = CaseSamples.Case() with
        {
            Circumstances = [],
            Organizations = [],
            Cadres = [CaseSamples.SecretaryCadre()],
        };
        var report = AccountabilityRules.Validate(@case);
        var (status, root) = await PostAsync(host, Body(@case));

        status.Should().Be(HttpStatusCode.OK);
        report.IsValid.Should().BeTrue(report.ToString(MessageCatalog.English));
        root.GetProperty("isValid").GetBoolean().Should().BeTrue();
        var cadre = root.GetProperty("subjects")[0];
        cadre.GetProperty("recommendation").ValueKind.Should().Be(JsonValueKind.Null);
        cadre.GetProperty("withinRange").ValueKind.Should().Be(JsonValueKind.Null);
        var refusal = Assert.Throws<ValidationFailedException>(() => DecisionSupport.Recommend(BuiltInRegulationPacks.Arr2019, SubjectKind.Cadre, @case.Harm, [], [], @case.Cadres[0].Responsibility));
        cadre.GetProperty("recommendationIssues")[0].GetProperty("code").GetString().Should().Be(refusal.Report.Issues[0].Code);
        cadre.GetProperty("recommendationIssues")[0].GetProperty("path").GetString().Should().Be(JsonPaths.Combine("$.case", refusal.Report.Issues[0].Path));
    }

    internal static void ShouldMatch(JsonElement actual, FormRecommendation expected, System.Globalization.CultureInfo culture)
    {
        actual.GetProperty("subjectKind").GetProperty("code").GetString().Should().Be(KitEnum.Name(expected.SubjectKind));
        actual.GetProperty("harm").GetProperty("code").GetString().Should().Be(KitEnum.Name(expected.Harm));
        actual.GetProperty("low").GetInt32().Should().Be(expected.Low);
        actual.GetProperty("high").GetInt32().Should().Be(expected.High);
        actual.GetProperty("isEmpty").GetBoolean().Should().Be(expected.IsEmpty);
        var forms = actual.GetProperty("forms");
        forms.EnumerateArray().Select(f => f.GetProperty("form").GetProperty("code").GetString()).Should().Equal(expected.Forms.Select(f => KitEnum.Name(f.Form)));
        forms.EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Should().Equal(expected.Forms.Select(f => f.Id));
        forms.EnumerateArray().Select(f => f.GetProperty("citation").GetProperty("code").GetString()).Should().Equal(expected.Forms.Select(f => f.Citation.ToString()));
        var steps = actual.GetProperty("steps");
        steps.EnumerateArray().Select(s => s.GetProperty("description").GetString()).Should().Equal(expected.Steps.Select(s => s.Description.Render(culture)));
        steps.EnumerateArray().Select(s => s.GetProperty("citation").GetProperty("code").GetString()).Should().Equal(expected.Steps.Select(s => s.Citation.ToString()));
        steps.EnumerateArray().Select(s => s.GetProperty("status").GetProperty("code").GetString()).Should().Equal(expected.Steps.Select(s => KitEnum.Name(s.Status)));
        steps.EnumerateArray().Select(s => s.GetProperty("ruleId").ValueKind == JsonValueKind.Null ? null : s.GetProperty("ruleId").GetString()).Should().Equal(expected.Steps.Select(s => s.RuleId));
        steps.EnumerateArray().Select(s => string.Join(',', s.GetProperty("rangeAfter").EnumerateArray().Select(f => f.GetProperty("code").GetString())))
            .Should().Equal(expected.Steps.Select(s => string.Join(',', s.RangeAfter.Select(f => KitEnum.Name(f)))));
    }
}
