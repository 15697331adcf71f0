using AccountabilityKit.TestSupport;
using AccountabilityKit.Localization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Tests.Serialization;

public class AccountabilityKitJsonTests
{
    private static readonly JsonTypeInfo<IReadOnlyList<OrgUnit>> UnitsInfo = AccountabilityKitJson.TypeInfo<IReadOnlyList<OrgUnit>>();
    private static readonly JsonTypeInfo<OrgUnit> UnitInfo = AccountabilityKitJson.TypeInfo<OrgUnit>();
    private static readonly JsonTypeInfo<Cadre> CadreInfo = AccountabilityKitJson.TypeInfo<Cadre>();

    private static readonly JsonSerializerOptions ConsumerOptions = AccountabilityKitJson.CreateOptions(TestJsonContext.Default);

    private static JsonTypeInfo<QuarterlyEntry> EntryInfo => (JsonTypeInfo<QuarterlyEntry>)ConsumerOptions.GetTypeInfo(typeof(QuarterlyEntry));

    private static JsonTypeInfo<IReadOnlyList<QuarterlyEntry>> EntriesInfo =>
        (JsonTypeInfo<IReadOnlyList<QuarterlyEntry>>)ConsumerOptions.GetTypeInfo(typeof(IReadOnlyList<QuarterlyEntry>));

    /// <summary>Reads <paramref name="json"/> every way the API offers and checks they agree; returns the single issue.</summary>
    private static ValidationIssue SingleReadIssue<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        var exception = Assert.Throws<ValidationFailedException>(() => AccountabilityKitJson.Read(json, typeInfo));
        exception.Report.Issues.Should().ContainSingle("the report was {0}", exception.Report);

        AccountabilityKitJson.TryRead(json, typeInfo, out var value, out var report).Should().BeFalse();
        EqualityComparer<T?>.Default.Equals(value, default).Should().BeTrue("TryRead gives no value for bad input");
        report.Issues.Should().Equal(exception.Report.Issues);

        var bytes = Assert.Throws<ValidationFailedException>(() => AccountabilityKitJson.Read(Encoding.UTF8.GetBytes(json).AsSpan(), typeInfo));
        bytes.Report.Issues.Should().Equal(exception.Report.Issues);

        return exception.Report.Issues[0];
    }

    private static async Task<ValidationIssue> SingleReadAsyncIssue<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var exception = await Assert.ThrowsAsync<ValidationFailedException>(() => AccountabilityKitJson.ReadAsync(stream, typeInfo));
        exception.Report.Issues.Should().ContainSingle("the report was {0}", exception.Report);
        return exception.Report.Issues[0];
    }

    // ---- round trips -------------------------------------------------------------------------------------------

    [Fact]
    public void OrgUnitList_WriteThenRead_RoundTrips()
    {
        IReadOnlyList<OrgUnit> units =
        [
            new(new OrgUnitId("NT"), "南通市委", UnitKind.City),
            new(new OrgUnitId("NT-JW"), "市纪委监委", UnitKind.CityDepartment, new OrgUnitId("NT")),
            new(new OrgUnitId("RG"), "如皋市委", UnitKind.County, new OrgUnitId("NT")),
        ];

        var json = AccountabilityKitJson.Write(units, UnitsInfo);
        var read = AccountabilityKitJson.Read(json, UnitsInfo);

        read.Should().Equal(units);
    }

    [Fact]
    public void OrgUnit_Write_UsesCamelCaseNamesEnumStringsAndUnescapedChinese()
    {
        var unit = new OrgUnit(new OrgUnitId("NT-JW"), "市纪委监委", UnitKind.CityDepartment, new OrgUnitId("NT"));

        var json = AccountabilityKitJson.Write(unit, UnitInfo);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("id").GetString().Should().Be("NT-JW");
        root.GetProperty("name").GetString().Should().Be("市纪委监委");
        root.GetProperty("kind").GetString().Should().Be("cityDepartment");
        root.GetProperty("parentId").GetString().Should().Be("NT");
        json.Should().Contain("\"市纪委监委\"").And.Contain("\"cityDepartment\"").And.NotContain("\\u");
    }

    [Fact]
    public void OrgUnit_ReadHandWritten_AcceptsCommentsAndMissingOptionalParent()
    {
        const string json = """
            // the city
            { "id": "NT", "name": "南通市委", "kind": "city" /* root */ }
            """;

        var unit = AccountabilityKitJson.Read(json, UnitInfo);

        unit.Should().Be(new OrgUnit(new OrgUnitId("NT"), "南通市委", UnitKind.City));
        unit.ParentId.Should().BeNull();
    }

    [Fact]
    public void Cadre_WriteThenRead_RoundTrips()
    {
        var cadre = new Cadre(new PersonId("P-001"), "张三", new OrgUnitId("RG"), CadreRole.DisciplineSecretary, "县纪委书记");

        var json = AccountabilityKitJson.Write(cadre, CadreInfo);
        var read = AccountabilityKitJson.Read(json, CadreInfo);

        read.Should().Be(cadre);
        read.Position.Should().Be("县纪委书记");
        json.Should().Contain("\"disciplineSecretary\"").And.Contain("张三");
    }

    [Fact]
    public void AssessmentQuarter_Json_IsString()
    {
        var info = AccountabilityKitJson.TypeInfo<AssessmentQuarter>();

        AccountabilityKitJson.Write(new AssessmentQuarter(2021, 2), info).Should().Be("\"2021Q2\"");
        AccountabilityKitJson.Read("\"2021Q2\"", info).Should().Be(new AssessmentQuarter(2021, 2));
        AccountabilityKitJson.Read("\"2021q2\"", info).Should().Be(new AssessmentQuarter(2021, 2));
    }

    [Fact]
    public void AssessmentYear_Json_IsNumber()
    {
        var info = AccountabilityKitJson.TypeInfo<AssessmentYear>();

        AccountabilityKitJson.Write(new AssessmentYear(2021), info).Should().Be("2021");
        AccountabilityKitJson.Read("2021", info).Should().Be(new AssessmentYear(2021));
    }

    [Fact]
    public void Citation_Json_IsEnglishString()
    {
        var info = AccountabilityKitJson.TypeInfo<Citation>();
        var citation = new Citation("ARR2019", 7, 1, 9);

        AccountabilityKitJson.Write(citation, info).Should().Be("\"ARR2019 Art. 7(1) item 9\"");
        AccountabilityKitJson.Read("\"ARR2019 Art. 7(1) item 9\"", info).Should().Be(citation);
        AccountabilityKitJson.Read("[\"ARR2019 Art. 8\", \"DPR2023 Art. 21\"]", AccountabilityKitJson.TypeInfo<IReadOnlyList<Citation>>())
            .Should().Equal(Citation.Parse("ARR2019 Art. 8"), Citation.Parse("DPR2023 Art. 21"));
    }

    [Fact]
    public void Regulation_Json_WritesIsoDatesAndRoundTrips()
    {
        var info = AccountabilityKitJson.TypeInfo<Regulation>();
        var regulation = RegulationRegistry.Default.Get(RegulationKeys.AccountabilityRegulations2019);

        var json = AccountabilityKitJson.Write(regulation, info);

        using (var document = JsonDocument.Parse(json))
        {
            document.RootElement.GetProperty("effectiveFrom").GetString().Should().Be("2019-09-01");
            document.RootElement.GetProperty("issuedOn").GetString().Should().Be("2019-08-25");
            document.RootElement.GetProperty("status").GetString().Should().Be("verified");
            document.RootElement.GetProperty("shortTitle").GetString().Should().Be("问责条例");
        }

        json.Should().Contain("中国共产党问责条例");
        var read = AccountabilityKitJson.Read(json, info);
        read.Should().Be(regulation);
        read.EffectiveFrom.Should().Be(new LocalDate(2019, 9, 1));
    }

    [Fact]
    public void Regulation_Json_NullDatesRoundTrip()
    {
        var info = AccountabilityKitJson.TypeInfo<Regulation>();
        var regulation = RegulationRegistry.Default.Get(RegulationKeys.AccountabilityRegulations2016);

        AccountabilityKitJson.Read(AccountabilityKitJson.Write(regulation, info), info).Should().Be(regulation);
    }

    [Fact]
    public void ConsumerContext_CreateOptions_ReadsVocabularyValuesInside()
    {
        const string json = """{ "unit": "RG", "quarter": "2021Q2", "year": 2021, "basis": "ARR2019 Art. 6(2)" }""";

        var entry = AccountabilityKitJson.Read(json, EntryInfo);

        entry.Should().Be(new QuarterlyEntry(new OrgUnitId("RG"), new AssessmentQuarter(2021, 2), new AssessmentYear(2021), new Citation("ARR2019", 6, 2)));
        AccountabilityKitJson.Read(AccountabilityKitJson.Write(entry, EntryInfo), EntryInfo).Should().Be(entry);
    }

    [Fact]
    public void ConsumerContext_NullableProperty_AcceptsNullAndAbsence()
    {
        AccountabilityKitJson.Read("""{ "unit": "RG", "quarter": "2021Q2", "year": 2021, "basis": "ARR2019 Art. 8", "note": null }""", EntryInfo)
            .Note.Should().BeNull();
        AccountabilityKitJson.Read("""{ "unit": "RG", "quarter": "2021Q2", "year": 2021, "basis": "ARR2019 Art. 8", "note": "整改中" }""", EntryInfo)
            .Note.Should().Be("整改中");
    }

    [Fact]
    public void TypeInfo_TypeOutsideTheContext_ThrowsNotSupported()
    {
        var act = () => AccountabilityKitJson.TypeInfo<Dictionary<AssessmentQuarter, decimal>>();

        act.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        AccountabilityKitJson.Options.IsReadOnly.Should().BeTrue();
        AccountabilityKitJson.CreateOptions().IsReadOnly.Should().BeFalse();
    }

    // ---- malformed JSON (AK040) --------------------------------------------------------------------------------

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[{\"id\":\"A\",\"name\":\"x\",\"kind\":\"city\"}")]
    [InlineData("[{\"id\":\"A\",\"name\":\"x\",")]
    [InlineData("[{\"id\":\"A\" \"name\":\"x\",\"kind\":\"city\"}]")]
    [InlineData("[{id:\"A\",\"name\":\"x\",\"kind\":\"city\"}]")]
    [InlineData("[{\"id\":\"A\",\"name\":\"x\",\"kind\":\"city\",}]")]
    [InlineData("not json")]
    public void Read_MalformedJson_ReportsAK040(string json)
    {
        var issue = SingleReadIssue(json, UnitsInfo);

        issue.Code.Should().Be(VocabularyIssueCodes.MalformedJson);
        issue.Render(MessageCatalog.English).Should().Contain("not well-formed");
    }

    [Fact]
    public void Read_EmptyString_ReportsAK040AtRoot()
    {
        SingleReadIssue("", UnitsInfo).ShouldBe(VocabularyIssueCodes.MalformedJson, "$");
    }

    [Fact]
    public void Read_TruncatedInsideSecondElement_ReportsAK040WithPosition()
    {
        var issue = SingleReadIssue("[{\"id\":\"A\",\"name\":\"x\",\"kind\":\"city\"},{\"id\":\"B\",\"na", UnitsInfo);

        issue.Code.Should().Be(VocabularyIssueCodes.MalformedJson);
        issue.Path.Should().StartWith("$[1]");
        issue.Render(MessageCatalog.English).Should().Contain("line 1");
    }

    // ---- unknown / missing properties (AK041, AK042) -----------------------------------------------------------

    [Fact]
    public void Read_UnknownProperty_ReportsAK041AtThatProperty()
    {
        var issue = SingleReadIssue("""{"id":"A","name":"x","kind":"city","nmae":1}""", UnitInfo);

        issue.ShouldBe(VocabularyIssueCodes.UnknownJsonProperty, "$.nmae");
        issue.Render(MessageCatalog.English).Should().Contain("'nmae'");
    }

    [Fact]
    public void Read_UnknownPropertyInList_ReportsAK041WithIndex()
    {
        const string json = """
            [
              {"id":"NT","name":"南通市委","kind":"city"},
              {"id":"RG","name":"如皋市委","kind":"county","parentId":"NT","nmae":1}
            ]
            """;

        var issue = SingleReadIssue(json, UnitsInfo);

        issue.ShouldBe(VocabularyIssueCodes.UnknownJsonProperty, "$[1].nmae");
        issue.Render(MessageCatalog.English).Should().Contain("'nmae'").And.Contain("line 3");
    }

    [Theory]
    [InlineData("名称", "$.名称")]
    [InlineData("a b", "$['a b']")]
    [InlineData("a.b", "$['a.b']")]
    public void Read_UnusualUnknownPropertyName_ReportsItsNameAndPath(string name, string path)
    {
        var issue = SingleReadIssue($$"""{"id":"A","name":"x","kind":"city","{{name}}":1}""", UnitInfo);

        issue.ShouldBe(VocabularyIssueCodes.UnknownJsonProperty, path);
        issue.Render(MessageCatalog.English).Should().Contain($"'{name}'");
    }

    [Fact]
    public void Read_MissingRequiredProperty_ReportsAK042AtThatProperty()
    {
        var issue = SingleReadIssue("""[{"id":"A","kind":"city"}]""", UnitsInfo);

        issue.ShouldBe(VocabularyIssueCodes.MissingJsonProperty, "$[0].name");
        issue.Render(MessageCatalog.English).Should().Contain("'name'");
    }

    [Fact]
    public void Read_MissingRequiredPropertyOfSecondElement_ReportsItsIndex()
    {
        var issue = SingleReadIssue("""[{"id":"A","name":"x","kind":"city"},{"id":"B","name":"y"}]""", UnitsInfo);

        issue.ShouldBe(VocabularyIssueCodes.MissingJsonProperty, "$[1].kind");
    }

    [Fact]
    public void Read_SeveralMissingProperties_ReportsOneIssuePerProperty()
    {
        var exception = Assert.Throws<ValidationFailedException>(() => AccountabilityKitJson.Read("""{"id":"A"}""", UnitInfo));

        exception.Report.Issues.Should().AllSatisfy(i => i.Code.Should().Be(VocabularyIssueCodes.MissingJsonProperty));
        exception.Report.Issues.Select(i => i.Path).Should().BeEquivalentTo("$.name", "$.kind");
    }

    // ---- nulls (AK044) -----------------------------------------------------------------------------------------

    [Fact]
    public void Read_NullName_ReportsAK044AtName()
    {
        SingleReadIssue("""{"id":"A","name":null,"kind":"city"}""", UnitInfo).ShouldBe(VocabularyIssueCodes.NullJsonValue, "$.name");
    }

    [Fact]
    public void Read_NullNameInList_ReportsAK044WithIndex()
    {
        SingleReadIssue("""[{"id":"A","name":"x","kind":"city"},{"id":"B","name":null,"kind":"city"}]""", UnitsInfo)
            .ShouldBe(VocabularyIssueCodes.NullJsonValue, "$[1].name");
    }

    [Fact]
    public void Read_NullParentId_IsAllowed()
    {
        AccountabilityKitJson.Read("""{"id":"A","name":"x","kind":"city","parentId":null}""", UnitInfo).ParentId.Should().BeNull();
    }

    [Fact]
    public void Read_NullDocument_ReportsAK044AtRoot()
    {
        SingleReadIssue("null", UnitsInfo).ShouldBe(VocabularyIssueCodes.NullJsonValue, "$");
        SingleReadIssue("null", UnitInfo).ShouldBe(VocabularyIssueCodes.NullJsonValue, "$");
    }

    [Fact]
    public void Read_NullElementInList_ReportsAK044AtElement()
    {
        var issue = SingleReadIssue("""[{"id":"A","name":"x","kind":"city"},null]""", UnitsInfo);

        issue.ShouldBe(VocabularyIssueCodes.NullJsonValue, "$[1]");
        SingleReadIssue("""["ARR2019 Art. 8",null]""", AccountabilityKitJson.TypeInfo<IReadOnlyList<Citation>>())
            .ShouldBe(VocabularyIssueCodes.NullJsonValue, "$[1]");
    }

    // ---- wrong values (AK043 and the values' own codes) --------------------------------------------------------

    [Fact]
    public void Read_EnumAsNumber_ReportsAK043AtKind()
    {
        SingleReadIssue("""{"id":"A","name":"x","kind":2}""", UnitInfo).ShouldBe(VocabularyIssueCodes.InvalidJsonValue, "$.kind");
    }

    [Theory]
    [InlineData("\"metropolis\"")]
    [InlineData("\"2\"")]
    [InlineData("true")]
    public void Read_UnknownEnumString_ReportsAK043AtKind(string kind)
    {
        SingleReadIssue($$"""[{"id":"A","name":"x","kind":{{kind}}}]""", UnitsInfo).ShouldBe(VocabularyIssueCodes.InvalidJsonValue, "$[0].kind");
    }

    [Fact]
    public void Read_NumberWhereStringExpected_ReportsAK043()
    {
        SingleReadIssue("""{"id":"A","name":5,"kind":"city"}""", UnitInfo).ShouldBe(VocabularyIssueCodes.InvalidJsonValue, "$.name");
        SingleReadIssue("""{"id":7,"name":"x","kind":"city"}""", UnitInfo).ShouldBe(VocabularyIssueCodes.InvalidJsonValue, "$.id");
    }

    [Fact]
    public void Read_ObjectWhereListExpected_ReportsAK043AtRoot()
    {
        SingleReadIssue("""{"id":"A","name":"x","kind":"city"}""", UnitsInfo).ShouldBe(VocabularyIssueCodes.InvalidJsonValue, "$");
    }

    [Fact]
    public void Read_EmptyId_ReportsAK001AtId()
    {
        var issue = SingleReadIssue("""[{"id":"NT","name":"x","kind":"city"},{"id":"","name":"y","kind":"county","parentId":"NT"}]""", UnitsInfo);

        issue.ShouldBe(VocabularyIssueCodes.InvalidIdentifier, "$[1].id");
    }

    [Fact]
    public void Read_ParentIdWithSpaces_ReportsAK001AtParentId()
    {
        SingleReadIssue("""{"id":"RG","name":"y","kind":"county","parentId":" NT"}""", UnitInfo)
            .ShouldBe(VocabularyIssueCodes.InvalidIdentifier, "$.parentId");
    }

    [Fact]
    public void Read_QuarterOutOfRangeInDocument_ReportsAK021AtQuarter()
    {
        const string json = """
            [
              { "unit": "RG", "quarter": "2021Q2", "year": 2021, "basis": "ARR2019 Art. 8" },
              { "unit": "RG", "quarter": "2021Q5", "year": 2021, "basis": "ARR2019 Art. 8" }
            ]
            """;

        SingleReadIssue(json, EntriesInfo).ShouldBe(VocabularyIssueCodes.QuarterOutOfRange, "$[1].quarter");
    }

    [Theory]
    [InlineData("""{ "unit": "RG", "quarter": "2021-Q2", "year": 2021, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.MalformedPeriod, "$.quarter")]
    [InlineData("""{ "unit": "RG", "quarter": "1899Q2", "year": 2021, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.YearOutOfRange, "$.quarter")]
    [InlineData("""{ "unit": "RG", "quarter": 20212, "year": 2021, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.InvalidJsonValue, "$.quarter")]
    [InlineData("""{ "unit": "RG", "quarter": "2021Q2", "year": 1899, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.YearOutOfRange, "$.year")]
    [InlineData("""{ "unit": "RG", "quarter": "2021Q2", "year": "2021", "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.InvalidJsonValue, "$.year")]
    [InlineData("""{ "unit": "RG", "quarter": "2021Q2", "year": 2021.5, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.InvalidJsonValue, "$.year")]
    [InlineData("""{ "unit": "RG", "quarter": "2021Q2", "year": 2021, "basis": "ARR2019 Art. 0" }""", VocabularyIssueCodes.InvalidArticleNumber, "$.basis")]
    [InlineData("""{ "unit": "RG", "quarter": "2021Q2", "year": 2021, "basis": "问责条例第八条" }""", VocabularyIssueCodes.MalformedCitation, "$.basis")]
    [InlineData("""{ "unit": "", "quarter": "2021Q2", "year": 2021, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.InvalidIdentifier, "$.unit")]
    [InlineData("""{ "unit": "RG", "quarter": null, "year": 2021, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.NullJsonValue, "$.quarter")]
    [InlineData("""{ "unit": "RG", "quarter": "2021Q2", "year": null, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.NullJsonValue, "$.year")]
    [InlineData("""{ "unit": "RG", "quarter": "2021Q2", "year": 2021, "basis": null }""", VocabularyIssueCodes.NullJsonValue, "$.basis")]
    [InlineData("""{ "unit": null, "quarter": "2021Q2", "year": 2021, "basis": "ARR2019 Art. 8" }""", VocabularyIssueCodes.NullJsonValue, "$.unit")]
    public void Read_BadValueInConsumerDocument_ReportsCodeAtProperty(string json, string code, string path)
    {
        SingleReadIssue(json, EntryInfo).ShouldBe(code, path);
    }

    [Fact]
    public void Read_QuarterOutOfRangeAsRoot_ReportsAK021AtRoot()
    {
        SingleReadIssue("\"2021Q5\"", AccountabilityKitJson.TypeInfo<AssessmentQuarter>()).ShouldBe(VocabularyIssueCodes.QuarterOutOfRange, "$");
    }

    [Fact]
    public void Read_CadreWithBlankName_ReportsAK002UnderRoot()
    {
        const string json = """{"id":"P1","name":"  ","unit":"RG","role":"secretary"}""";

        SingleReadIssue(json, CadreInfo).ShouldBe(VocabularyIssueCodes.EmptyName, "$..name");
    }

    [Fact]
    public void Read_CadreListWithBlankName_ReportsAK002()
    {
        const string json = """[{"id":"P1","name":"张三","unit":"RG","role":"secretary"},{"id":"P2","name":"","unit":"RG","role":"teamMember"}]""";

        var issue = SingleReadIssue(json, AccountabilityKitJson.TypeInfo<IReadOnlyList<Cadre>>());

        issue.Code.Should().Be(VocabularyIssueCodes.EmptyName);
        issue.Path.Should().EndWith(".name");
    }

    // ---- the reading API ---------------------------------------------------------------------------------------

    [Fact]
    public void TryRead_Valid_ReturnsTrueValueAndEmptyReport()
    {
        AccountabilityKitJson.TryRead("""[{"id":"A","name":"x","kind":"city"}]""", UnitsInfo, out var units, out var report).Should().BeTrue();

        units.Should().ContainSingle().Which.Id.Should().Be(new OrgUnitId("A"));
        report.Should().BeSameAs(ValidationReport.Empty);
    }

    [Fact]
    public void Read_BadInput_NeverThrowsJsonException()
    {
        string[] inputs = ["", "{", "null", "[1]", """[{"id":"A"}]""", """{"id":"A","name":"x","kind":"city","x":1}""", "[{\"id\":\"\",\"name\":\"x\",\"kind\":\"city\"}]"];

        foreach (var json in inputs)
        {
            var act = () => AccountabilityKitJson.Read(json, UnitsInfo);
            var exception = act.Should().Throw<ValidationFailedException>().Which;
            exception.Report.IsValid.Should().BeFalse();
            exception.Report.Issues.Should().AllSatisfy(i => i.Code.Should().MatchRegex("^AK0[0-4][0-9]$"));
        }
    }

    [Fact]
    public void Read_Malformed_MessageNamesTheIssue()
    {
        using var english = UiCulture.Use("en");
        var sync = Assert.Throws<ValidationFailedException>(() => AccountabilityKitJson.Read("[{", UnitsInfo));

        sync.Message.Should().StartWith("Validation failed: AK040 error at $");
    }

    [Fact]
    public async Task ReadAsync_Valid_ReadsFromStream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""[{"id":"NT","name":"南通市委","kind":"city"}]"""));

        var units = await AccountabilityKitJson.ReadAsync(stream, UnitsInfo);

        units.Should().Equal(new OrgUnit(new OrgUnitId("NT"), "南通市委", UnitKind.City));
    }

    [Theory]
    [InlineData("", VocabularyIssueCodes.MalformedJson, "$")]
    [InlineData("null", VocabularyIssueCodes.NullJsonValue, "$")]
    [InlineData("[null]", VocabularyIssueCodes.NullJsonValue, "$[0]")]
    [InlineData("""[{"id":"A","name":"x","kind":"city"},{"id":"B","name":"y","kind":"city","nmae":1}]""", VocabularyIssueCodes.UnknownJsonProperty, "$[1].nmae")]
    [InlineData("""[{"id":"A","kind":"city"}]""", VocabularyIssueCodes.MissingJsonProperty, "$[0].name")]
    [InlineData("""[{"id":"A","name":null,"kind":"city"}]""", VocabularyIssueCodes.NullJsonValue, "$[0].name")]
    [InlineData("""[{"id":"A","name":"x","kind":2}]""", VocabularyIssueCodes.InvalidJsonValue, "$[0].kind")]
    [InlineData("""[{"id":"","name":"x","kind":"city"}]""", VocabularyIssueCodes.InvalidIdentifier, "$[0].id")]
    public async Task ReadAsync_BadInput_BehavesLikeRead(string json, string code, string path)
    {
        var asyncIssue = await SingleReadAsyncIssue(json, UnitsInfo);
        var syncIssue = SingleReadIssue(json, UnitsInfo);

        asyncIssue.ShouldBe(code, path);
        syncIssue.ShouldBe(code, path);
    }

    [Fact]
    public async Task ReadAsync_CadreWithBlankName_ReportsAK002()
    {
        (await SingleReadAsyncIssue("""{"id":"P1","name":"","unit":"RG","role":"secretary"}""", CadreInfo))
            .ShouldBe(VocabularyIssueCodes.EmptyName, "$..name");
    }

    [Fact]
    public void ToReport_OtherException_ThrowsArgumentException()
    {
        var act = () => AccountabilityKitJson.ToReport(new InvalidOperationException("x"));

        act.Should().Throw<ArgumentException>();
    }
}
