using System.Text.Json.Serialization;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.PackageTests;

/// <summary>A user's own row type mixing our value types, serialized through the user's own source-generated context.</summary>
public sealed record InspectionRow(OrgUnitId Unit, AssessmentQuarter Quarter, Citation Basis, LocalDate FoundOn, UnitKind Kind);

[JsonSerializable(typeof(InspectionRow))]
[JsonSerializable(typeof(List<InspectionRow>))]
internal sealed partial class ConsumerJsonContext : JsonSerializerContext;

public class ConsumerScenarioTests
{
    private static readonly OrgUnit City = new(new OrgUnitId("NT"), "南通市委", UnitKind.City);
    private static readonly OrgUnit County = new(new OrgUnitId("RG"), "如皋市委", UnitKind.County, City.Id);
    private static readonly OrgUnit Town = new(new OrgUnitId("RG-01"), "如城街道党工委", UnitKind.Township, County.Id);
    private static readonly OrgUnit Department = new(new OrgUnitId("D-ORG"), "市委组织部", UnitKind.CityDepartment, City.Id);

    [Fact]
    public void OrgTreeAndScope_WorkFromThePackage()
    {
        var tree = OrgTree.Build([Town, Department, County, City]);
        var scope = DataScope.Subtree(tree, County.Id);
        var rows = new[] { (Unit: Town.Id, N: 1), (Unit: Department.Id, N: 2), (Unit: County.Id, N: 3) };

        tree.IsWithin(Town.Id, County.Id).Should().BeTrue();
        tree.PathToRoot(Town.Id).Select(u => u.Name).Should().Equal("如城街道党工委", "如皋市委", "南通市委");
        rows.AsQueryable().Where(scope.Predicate<(OrgUnitId Unit, int N)>(r => r.Unit)).Select(r => r.N).Should().Equal(1, 3);
    }

    [Fact]
    public void BadTree_ThrowsOneExceptionListingEveryProblem()
    {
        var orphan = new OrgUnit(new OrgUnitId("X"), "孤立单位", UnitKind.Other, new OrgUnitId("NOPE"));
        var duplicate = County with { Name = "重复" };

        var act = () => OrgTree.Build([City, County, duplicate, orphan]);

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues
            .Select(i => (i.Code, i.Path)).Should().BeEquivalentTo([("AK010", "$[2].id"), ("AK011", "$[3].parentId")]);
    }

    [Fact]
    public void TimeCitationsAndLabels_WorkFromThePackage()
    {
        var quarter = AssessmentQuarter.Parse("2021Q2");

        quarter.LastDay.Should().Be(new LocalDate(2021, 6, 30));
        quarter.Next().ToString().Should().Be("2021Q3");
        Citation.Parse("ARR2019 Art. 6(2)").ToChineseString().Should().Be("问责条例第六条第二款");
        Labels.Of(UnitKind.County, "zh-CN").Should().Be("县（市、区）");
        Labels.FindUnlabelled(typeof(OrgTree).Assembly).Should().BeEmpty();
    }

    [Fact]
    public void UsersOwnSourceGeneratedContext_CombinesWithTheLibraryOptions()
    {
        var options = AccountabilityKitJson.CreateOptions(ConsumerJsonContext.Default);
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<InspectionRow>>)options.GetTypeInfo(typeof(List<InspectionRow>));
        var row = new InspectionRow(Town.Id, new AssessmentQuarter(2021, 2), Citation.Parse("ARR2019 Art. 7 item 9"), new LocalDate(2021, 5, 20), UnitKind.Township);

        var json = AccountabilityKitJson.Write([row], typeInfo);

        json.Should().Contain("\"quarter\": \"2021Q2\"").And.Contain("\"foundOn\": \"2021-05-20\"").And.Contain("\"kind\": \"township\"");
        AccountabilityKitJson.Read(json, typeInfo).Should().Equal(row);
    }

    [Fact]
    public void BadJson_BecomesAValidationReportWithThePath()
    {
        var options = AccountabilityKitJson.CreateOptions(ConsumerJsonContext.Default);
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<InspectionRow>>)options.GetTypeInfo(typeof(List<InspectionRow>));
        const string json = """
            [ { "unit": "RG", "quarter": "2021Q5", "basis": "ARR2019 Art. 8", "foundOn": "2021-05-20", "kind": "county" } ]
            """;

        var ok = AccountabilityKitJson.TryRead(json, typeInfo, out var rows, out var report);

        ok.Should().BeFalse();
        rows.Should().BeNull();
        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AK021" && i.Path == "$[0].quarter");
    }

    [Fact]
    public void AssessmentCalendar_ReadsTheInjectedClockInChinaTime()
    {
        var calendar = new AssessmentCalendar(new FixedClock(Instant.FromUtc(2021, 6, 30, 16, 30)));

        calendar.Today.Should().Be(new LocalDate(2021, 7, 1));
        calendar.CurrentQuarter.Should().Be(new AssessmentQuarter(2021, 3));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
