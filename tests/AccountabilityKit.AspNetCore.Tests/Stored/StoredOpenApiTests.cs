using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>
/// The OpenAPI document a host generates for the stored-data routes: every operation named, tagged "Stored data",
/// summarised and described, with its answer's schema, its problems as <c>application/problem+json</c> and its query
/// parameters visible — what a Java team generates its client from.
/// </summary>
public sealed class StoredOpenApiTests
{
    private static readonly Dictionary<string, string[]> QueryParameters = new(StringComparer.Ordinal)
    {
        ["get /akit/v1/data/org-units"] = ["parent", "page", "pageSize"],
        ["get /akit/v1/data/findings"] = ["unit", "quarter", "overdueAsOf", "page", "pageSize"],
        ["get /akit/v1/data/score-cards"] = ["unit", "quarter", "page", "pageSize"],
        ["get /akit/v1/data/facts"] = ["unit", "quarter", "page", "pageSize"],
        ["get /akit/v1/data/facts/stats"] = ["by", "from", "to", "rollup"],
        ["get /akit/v1/data/checklists"] = ["unit", "year", "returned", "overdueAsOf", "page", "pageSize"],
        ["get /akit/v1/data/cases"] = ["region", "year", "form", "subjectKind", "typical", "page", "pageSize"],
        ["get /akit/v1/data/checklists/{id}/review/transitions"] = ["page", "pageSize"],
        ["get /akit/v1/data/cases/{id}/decisions"] = ["page", "pageSize"],
        ["get /akit/v1/data/score-cards/{unit}/{quarter}/versions"] = ["page", "pageSize"],
    };

    [Fact]
    public async Task Every_stored_route_is_named_tagged_described_and_declares_its_answers_and_problems()
    {
        var document = await GenerateAsync();
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/akit/v1/data/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put").Select(o => (Key: $"{o.Name} {p.Name}", Operation: o.Value)))
            .ToList();
        operations.Should().HaveCount(26, "12 existing routes, 8 checklist and review routes, 6 case routes");

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, operation) in operations)
        {
            var id = operation.GetProperty("operationId").GetString();
            id.Should().NotBeNullOrEmpty(key);
            names.Add(id!).Should().BeTrue($"{key}: operation ids are unique");
            operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal(["Stored data"], key);
            operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace(key);
            operation.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace(key);

            var responses = operation.GetProperty("responses");
            var success = responses.TryGetProperty("200", out var ok) ? ok : responses.GetProperty("201");
            success.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _).Should().BeTrue(key);
            responses.TryGetProperty("401", out _).Should().BeTrue(key);
            foreach (var status in new[] { "400", "403" })
            {
                responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue($"{key} {status}");
            }

            if (key.Contains('{', StringComparison.Ordinal))
            {
                responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue(key);
            }

            if (key.StartsWith("put ", StringComparison.Ordinal))
            {
                responses.TryGetProperty("412", out _).Should().BeTrue(key);
                responses.TryGetProperty("428", out _).Should().BeTrue(key);
            }

            if (QueryParameters.TryGetValue(key, out var expected))
            {
                var query = operation.GetProperty("parameters").EnumerateArray()
                    .Where(p => p.GetProperty("in").GetString() == "query")
                    .Select(p => p.GetProperty("name").GetString());
                query.Should().BeEquivalentTo(expected, key);
            }
        }

        QueryParameters.Keys.Should().BeSubsetOf(operations.Select(o => o.Key));
    }

    private static async Task<JsonElement> GenerateAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAccountabilityKitHttp();
        builder.Services.AddOpenApi();
        builder.Services.AddAuthorization();
        await using var app = builder.Build();
        app.MapOpenApi();
        app.MapAccountabilityKit<StoredTestContext>();
        await app.StartAsync();
        using var client = app.GetTestClient();
        var text = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        await app.StopAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
