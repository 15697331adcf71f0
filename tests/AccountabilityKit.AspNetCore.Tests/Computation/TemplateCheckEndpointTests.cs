using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Serialization;
using AccountabilityKit.AspNetCore.Problems;
using FluentAssertions;
using Xunit;

namespace AccountabilityKit.AspNetCore.Tests.Computation;

public sealed class TemplateCheckEndpointTests
{
    private const string Route = "/akit/v1/templates/check";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task ValidTemplate_IsSummarisedAsTheLibrarySeesIt()
    {
        await using var host = await KitTestHost.StartAsync();
        var template = BuiltInTemplates.CountyCommittee2021;
        using var response = await host.Client.PostAsync(Route, Json(ChecklistTemplateJson.Save(template)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        root.GetProperty("id").GetString().Should().Be(template.Id);
        root.GetProperty("year").GetInt32().Should().Be(template.Year.Value);
        root.GetProperty("duties").GetInt32().Should().Be(template.Duties.Length);
        root.GetProperty("mandatoryDuties").GetInt32().Should().Be(template.Duties.Count(d => d.IsMandatory));
        var kind = root.GetProperty("unitKinds")[0];
        kind.GetProperty("code").GetString().Should().Be(KitEnum.Name(template.UnitKinds[0]));
        kind.GetProperty("label").GetString().Should().Be(AccountabilityKit.Localization.Labels.ZhCn(template.UnitKinds[0]));
    }

    [Theory]
    [InlineData(null, "zh-CN")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("fr-FR, en;q=0.5", "en")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("en;q=0, zh;q=0.2", "zh-CN")]
    public async Task UnknownProperty_IsA400ProblemWithCodePathAndMessageInTheRequestLanguage(string? acceptLanguage, string expected)
    {
        await using var host = await KitTestHost.StartAsync();
        var json = ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021).TrimEnd().TrimEnd('}') + ", \"surprise\": 1 }";
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = Json(json) };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be(KitProblems.ContentType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        root.GetProperty("type").GetString().Should().Be(KitProblems.ValidationType);
        root.GetProperty("status").GetInt32().Should().Be(400);
        ChecklistTemplateJson.TryLoad(json, out _, out var report).Should().BeFalse();
        var issue = root.GetProperty("issues")[0];
        issue.GetProperty("code").GetString().Should().Be(report.Issues[0].Code).And.Be(root.GetProperty("code").GetString());
        issue.GetProperty("path").GetString().Should().Be(report.Issues[0].Path).And.Be("$.surprise");
        issue.GetProperty("messageId").GetString().Should().Be(report.Issues[0].MessageId);
        var culture = expected == "en" ? AccountabilityKit.Localization.MessageCatalog.English : AccountabilityKit.Localization.MessageCatalog.Chinese;
        issue.GetProperty("message").GetString().Should().Be(report.Issues[0].Render(culture));
        root.GetProperty("title").GetString().Should().Be(expected == "en" ? "The request did not pass validation." : "请求未通过校验。");
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413ProblemNot500()
    {
        await using var host = await KitTestHost.StartAsync(o => o.MaxRequestBodyBytes = 1000);
        using var response = await host.Client.PostAsync(Route, Json(ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021)));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("code").GetString().Should().Be(HttpIssueCodes.BodyTooLarge);
        body.RootElement.GetProperty("type").GetString().Should().Be(KitProblems.TooLargeType);
    }

    [Fact]
    public async Task BodyTooDeep_Is400WithAK047()
    {
        await using var host = await KitTestHost.StartAsync(o => o.MaxJsonDepth = 2);
        using var response = await host.Client.PostAsync(Route, Json("{\"aspects\":[{\"x\":[1]}]}"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be("AK047");
    }

    [Fact]
    public async Task EmptyBody_Is400WithHT002()
    {
        await using var host = await KitTestHost.StartAsync();
        using var response = await host.Client.PostAsync(Route, Json(string.Empty));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("code").GetString().Should().Be(HttpIssueCodes.BodyEmpty);
    }

    [Fact]
    public async Task DuplicateKey_Is400WithAK048()
    {
        await using var host = await KitTestHost.StartAsync();
        using var response = await host.Client.PostAsync(Route, Json("{\"id\":\"a\",\"id\":\"b\"}"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be("AK048");
    }

    [Fact]
    public async Task RequestsOverTheRateLimit_Are429WithRetryAfter()
    {
        await using var host = await KitTestHost.StartAsync(o =>
        {
            o.RateLimitPermitLimit = 2;
            o.RateLimitWindow = TimeSpan.FromMinutes(5);
        });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await host.Client.PostAsync(Route, Json("{}"));
            statuses.Add(last.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests);
        last!.Headers.RetryAfter.Should().NotBeNull();
        last.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero);
        using var body = JsonDocument.Parse(await last.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("code").GetString().Should().Be(HttpIssueCodes.RateLimited);
        last.Dispose();
    }
}
