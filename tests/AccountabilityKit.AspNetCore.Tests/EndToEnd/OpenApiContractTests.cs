using System.Text.Json;
using System.Text.Json.Nodes;
using AccountabilityKit.AspNetCore.OpenApi;
using FluentAssertions;

namespace AccountabilityKit.AspNetCore.Tests.EndToEnd;

/// <summary>
/// The OpenAPI document <c>akit serve</c> serves at <c>/openapi/v1.json</c> is the one committed at
/// <c>openapi/v1.json</c>: a change of the contract shows in review as a change of that file.
/// Regenerate with <c>AKIT_UPDATE_OPENAPI=1 dotnet test tests/AccountabilityKit.AspNetCore.Tests --filter OpenApiContractTests</c>.
/// </summary>
public sealed class OpenApiContractTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("akit-openapi-").FullName;

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The committed document's path in the repository.</summary>
    public static string CommittedPath => Path.Combine(RepositoryRoot(), "openapi", "v1.json");

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var served = await ServedDocumentAsync();
        var text = Canonical(served);
        if (Environment.GetEnvironmentVariable("AKIT_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
            await File.WriteAllTextAsync(CommittedPath, text);
        }

        File.Exists(CommittedPath).Should().BeTrue("the contract is committed at openapi/v1.json (AKIT_UPDATE_OPENAPI=1 writes it)");
        var committed = await File.ReadAllTextAsync(CommittedPath);
        text.Should().Be(committed.ReplaceLineEndings("\n"), "the served OpenAPI document must equal the committed one; run the test with AKIT_UPDATE_OPENAPI=1 and review the diff");
    }

    [Fact]
    public async Task The_document_is_openapi_3_1_with_every_kit_route_named_and_every_failure_a_problem()
    {
        var document = await ServedDocumentAsync();
        document["openapi"]!.GetValue<string>().Should().StartWith("3.1");
        document["info"]!["title"]!.GetValue<string>().Should().Be(AccountabilityKitOpenApiExtensions.Title);
        document["servers"].Should().BeNull("the document does not depend on the address it is served from");

        var paths = document["paths"]!.AsObject();
        paths.Select(p => p.Key).Should().Contain("/akit/v1/templates/check").And.Contain("/akit/v1/data/findings");
        var operationIds = new List<string>();
        foreach (var (path, item) in paths.Where(p => p.Key.StartsWith("/akit/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var id = operation!["operationId"]?.GetValue<string>();
                id.Should().NotBeNullOrEmpty($"{method} {path} is named");
                operationIds.Add(id!);
                foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
                {
                    response!["content"]?.AsObject().Select(c => c.Key).Should().Equal(
                        ["application/problem+json"], $"{method} {path} answers {status} as a problem");
                }
            }
        }

        operationIds.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task The_published_documents_are_components_with_their_published_json_schema()
    {
        var document = await ServedDocumentAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        foreach (var (name, schema) in AccountabilityKitOpenApiExtensions.PublishedDocuments)
        {
            var published = JsonNode.Parse(schema())!.AsObject();
            var component = schemas[name]!.AsObject();
            component["properties"]!.AsObject().Select(p => p.Key)
                .Should().BeEquivalentTo(published["properties"]!.AsObject().Select(p => p.Key), $"{name} is the published schema");
        }

        var check = document["paths"]!["/akit/v1/templates/check"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;
        check["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/ChecklistTemplate", "the template check reads a published template");
    }

    private async Task<JsonObject> ServedDocumentAsync()
    {
        await using var kit = await ServedKit.StartAsync(Path.Combine(_directory, "openapi.db"), null, "U-CITY");
        using var response = await kit.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static string Canonical(JsonNode document) =>
        document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AccountabilityKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (AccountabilityKit.sln) was not found above the test's directory.");
    }
}
