using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Serialization;

/// <summary>The one strict-reading mechanism every loader of the kit goes through (issue 18, "Reading").</summary>
public class StrictReadingTests
{
    private static readonly JsonSerializerOptions ConsumerOptions = AccountabilityKitJson.CreateOptions(TestJsonContext.Default);

    private static JsonTypeInfo<NestedDocument> NestedInfo => (JsonTypeInfo<NestedDocument>)ConsumerOptions.GetTypeInfo(typeof(NestedDocument));

    private static JsonTypeInfo<JsonElementHolder> HolderInfo => (JsonTypeInfo<JsonElementHolder>)ConsumerOptions.GetTypeInfo(typeof(JsonElementHolder));

    private static JsonTypeInfo<IReadOnlyList<OrgUnit>> UnitsInfo => AccountabilityKitJson.TypeInfo<IReadOnlyList<OrgUnit>>();

    private const string Entry = """{ "unit": "u1", "quarter": "2026Q1", "year": 2026, "basis": "PCR2020 Art. 6" }""";

    private static ValidationReport Fails<T>(string json, JsonTypeInfo<T> info, DocumentLimits? limits = null)
    {
        AccountabilityKitJson.TryRead(json, info, limits, out var value, out var report).Should().BeFalse();
        value.Should().BeNull();
        AccountabilityKitJson.TryRead(Encoding.UTF8.GetBytes(json), info, limits, out _, out var fromBytes).Should().BeFalse();
        fromBytes.Issues.Should().Equal(report.Issues);
        return report;
    }

    private static void ShouldHave(ValidationReport report, string code, string path) =>
        report.Issues.Should().Contain(i => i.Code == code && i.Path == path, "the report was {0}", report);

    [Fact]
    public void NullElementOfANestedList_IsReportedAsAK044WithItsPath()
    {
        var report = Fails($$"""{ "rows": [["a"], ["b", null]], "byName": {}, "counts": [] }""", NestedInfo);
        report.Issues.Should().ContainSingle();
        ShouldHave(report, "AK044", "$.rows[1][1]");
    }

    [Fact]
    public void NullListAsElement_IsReportedAsAK044WithItsPath()
    {
        ShouldHave(Fails("""{ "rows": [null], "byName": {}, "counts": [] }""", NestedInfo), "AK044", "$.rows[0]");
    }

    [Fact]
    public void NullDictionaryValue_IsReportedAsAK044WithItsKey()
    {
        ShouldHave(Fails("""{ "rows": [], "byName": { "x": null }, "counts": [] }""", NestedInfo), "AK044", "$.byName.x");
    }

    [Fact]
    public void NullElementInsideAnOptionalProperty_IsReportedAsAK044()
    {
        ShouldHave(Fails("""{ "rows": [], "byName": {}, "counts": [], "units": [null] }""", NestedInfo), "AK044", "$.units[0]");
    }

    [Fact]
    public void NullElementOfANullableValueList_IsAccepted()
    {
        var document = AccountabilityKitJson.Read($$"""{ "rows": [[]], "byName": { "e": {{Entry}} }, "counts": [1, null] }""", NestedInfo);
        document.Counts.Should().Equal(1, null);
    }

    [Fact]
    public void EveryNullElement_IsReportedAtOnce()
    {
        var report = Fails("""[null, { "id": "a", "name": "A", "kind": "province" }, null]""", UnitsInfo);
        report.Issues.Select(i => i.Path).Should().Equal("$[0]", "$[2]");
    }

    [Fact]
    public void DuplicateProperty_IsReportedAsAK048WithItsPath()
    {
        var report = Fails("""[{ "id": "a", "name": "A", "name": "B", "kind": "province" }]""", UnitsInfo);
        report.Issues.Should().ContainSingle();
        ShouldHave(report, "AK048", "$[0].name");
    }

    [Fact]
    public void DuplicateDictionaryKey_IsReportedAsAK048()
    {
        var report = Fails($$"""{ "rows": [], "byName": { "e": {{Entry}}, "e": {{Entry}} }, "counts": [] }""", NestedInfo);
        report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK048");
    }

    [Fact]
    public void DuplicateKeyInsideAnUntypedJsonValue_IsReportedAsAK048()
    {
        Fails("""{ "value": { "a": 1, "a": 2 } }""", HolderInfo).Issues.Should().ContainSingle().Which.Code.Should().Be("AK048");
    }

    [Fact]
    public void DeepNesting_IsReportedAsAK047WithThePathWhereReadingStopped()
    {
        var json = """{ "value": """ + new string('[', 200) + new string(']', 200) + " }";
        var issue = Fails(json, HolderInfo).Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AK047");
        issue.Path.Should().StartWith("$.value");
        issue.Text.Render(System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Contain("64");
    }

    [Fact]
    public void DepthLimit_IsTakenFromTheLimits()
    {
        var json = """{ "value": [[[[1]]]] }""";
        AccountabilityKitJson.TryRead(json, HolderInfo, out _, out _).Should().BeTrue();
        var issue = Fails(json, HolderInfo, DocumentLimits.Default with { MaxDepth = 3 }).Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AK047");
        issue.Path.Should().StartWith("$.value");
    }

    [Fact]
    public void SizeLimit_IsReportedAsAK046BeforeReading()
    {
        var json = """{ "value": "0123456789" }""";
        Fails(json, HolderInfo, DocumentLimits.Default with { MaxBytes = 10 }).Issues.Should().ContainSingle().Which.Code.Should().Be("AK046");
    }

    [Fact]
    public void InvalidUtf8_IsReportedAsAK045WithTheByteOffset_NeverReplaced()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "value": "ab" }""").ToList();
        bytes.Insert(13, 0xFF);
        AccountabilityKitJson.TryRead(bytes.ToArray(), HolderInfo, out _, out var report).Should().BeFalse();
        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AK045");
        issue.Text.Render(System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Contain("13");
    }

    [Fact]
    public void Utf8Bom_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{ "value": 1 }""")];
        AccountabilityKitJson.TryRead(bytes, HolderInfo, out var value, out _).Should().BeTrue();
        value!.Value.GetInt32().Should().Be(1);
    }

    [Fact]
    public void UnpairedSurrogateInAString_IsReportedAsAK045()
    {
        AccountabilityKitJson.TryRead("{ \"value\": \"a\uD800\" }", HolderInfo, out _, out var report).Should().BeFalse();
        report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK045");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task InvalidUtf8InAStream_IsReportedAsAK045WithTheByteOffset(int chunk)
    {
        var text = Encoding.UTF8.GetBytes("""{ "value": "中文中文中文中文" }""");
        var bad = text.ToArray();
        bad[16] = 0x41; // cuts the second character (bytes 15..17) after its lead byte
        using var stream = new ChunkedStream(bad, chunk);
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => AccountabilityKitJson.ReadAsync(stream, HolderInfo));
        var issue = e.Report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AK045");
        issue.Text.Render(System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Contain("offset 15");

        using var good = new ChunkedStream(text, chunk);
        (await AccountabilityKitJson.ReadAsync(good, HolderInfo)).Value.GetString().Should().Be("中文中文中文中文");
    }

    [Fact]
    public async Task StreamEndingInsideACharacter_IsReportedAsAK045()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("""{ "value": 1 } """), 0xE4, 0xB8];
        using var stream = new MemoryStream(bytes);
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => AccountabilityKitJson.ReadAsync(stream, HolderInfo));
        e.Report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK045");
    }

    [Fact]
    public async Task StreamOverTheSizeLimit_IsReportedAsAK046WhileReading()
    {
        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes("""{ "value": "0123456789012345678901234567890123456789" }"""), 8);
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => AccountabilityKitJson.ReadAsync(stream, HolderInfo, DocumentLimits.Default with { MaxBytes = 20 }));
        e.Report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK046");
    }

    [Fact]
    public async Task StreamWithANullElement_IsReportedAsAK044WithItsPath()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "rows": [[null]], "byName": {}, "counts": [] }"""));
        var e = await Assert.ThrowsAsync<ValidationFailedException>(() => AccountabilityKitJson.ReadAsync(stream, NestedInfo));
        e.Report.Issues.Should().ContainSingle().Which.Path.Should().Be("$.rows[0][0]");
    }

    [Fact]
    public async Task ReadArrayAsync_YieldsEveryElement()
    {
        var units = Enumerable.Range(0, 1000).Select(i => new OrgUnit(new OrgUnitId($"u{i}"), $"单位{i}", UnitKind.County)).ToList();
        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(AccountabilityKitJson.Write<IReadOnlyList<OrgUnit>>(units, UnitsInfo)), 1000);
        var read = new List<OrgUnit>();
        await foreach (var unit in AccountabilityKitJson.ReadArrayAsync(stream, AccountabilityKitJson.TypeInfo<OrgUnit>()))
        {
            read.Add(unit);
        }

        read.Should().Equal(units);
    }

    [Theory]
    [InlineData("""[{ "id": "a", "name": "A", "kind": "province" }, null]""", "AK044", "$[1]")]
    [InlineData("""[{ "id": "a", "name": "A", "kind": "province" }, { "id": "b", "name": "B", "kind": "Province" }]""", "AK043", "$[1].kind")]
    [InlineData("""[{ "id": "a", "name": "A", "name": "A", "kind": "province" }]""", "AK048", "$[0].name")]
    [InlineData("""[{ "id": "a", "name": "A", "kind": "province" }, { "id": "b", "kind": "province" }]""", "AK042", "$[1].name")]
    public async Task ReadArrayAsync_ReportsTheElementPath(string json, string code, string path)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var read = new List<OrgUnit>();
        var e = await Assert.ThrowsAsync<ValidationFailedException>(async () =>
        {
            await foreach (var unit in AccountabilityKitJson.ReadArrayAsync(stream, AccountabilityKitJson.TypeInfo<OrgUnit>()))
            {
                read.Add(unit);
            }
        });
        e.Report.Issues.Should().Contain(i => i.Code == code && i.Path == path, "the report was {0}", e.Report);
    }

    [Fact]
    public async Task ReadArrayAsync_InvalidUtf8_IsAK045()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("[{ \"id\": \"a\", \"name\": \"A"), 0xC0, .. Encoding.UTF8.GetBytes("\", \"kind\": \"province\" }]")];
        using var stream = new MemoryStream(bytes);
        var e = await Assert.ThrowsAsync<ValidationFailedException>(async () =>
        {
            await foreach (var unused in AccountabilityKitJson.ReadArrayAsync(stream, AccountabilityKitJson.TypeInfo<OrgUnit>()))
            {
            }
        });
        e.Report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK045");
    }

    /// <summary>A stream that returns at most <c>chunk</c> bytes per read, to cut UTF-8 sequences at every boundary.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
