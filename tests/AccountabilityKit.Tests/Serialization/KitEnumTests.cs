using System.Text.Json;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Serialization;

/// <summary>The one spelling of enum values (exact camelCase) in JSON and in text.</summary>
public class KitEnumTests
{
    [Theory]
    [InlineData("province", UnitKind.Province)]
    [InlineData("county", UnitKind.County)]
    public void CanonicalName_IsParsed(string text, UnitKind expected)
    {
        KitEnum.TryParse<UnitKind>(text, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
        KitEnum.Name(expected).Should().Be(text);
    }

    [Theory]
    [InlineData("Province")]
    [InlineData("PROVINCE")]
    [InlineData("+0")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData(" province")]
    [InlineData("province ")]
    [InlineData("province, city")]
    [InlineData("province,city")]
    [InlineData("")]
    [InlineData(null)]
    public void AnyOtherSpelling_IsRefused(string? text)
    {
        KitEnum.TryParse<UnitKind>(text, out var kind).Should().BeFalse();
        kind.Should().Be(default(UnitKind));
    }

    [Fact]
    public void UndefinedValue_HasNoName()
    {
        FluentActions.Invoking(() => KitEnum.Name((UnitKind)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Names_AreTheCamelCaseMembers()
    {
        KitEnum.Names<UnitKind>().Should().Equal(Enum.GetNames<UnitKind>().Select(JsonNamingPolicy.CamelCase.ConvertName));
    }

    [Theory]
    [InlineData("\"Province\"")]
    [InlineData("\"PROVINCE\"")]
    [InlineData("\"province, city\"")]
    [InlineData("\"1\"")]
    [InlineData("1")]
    [InlineData("true")]
    public void EnumInJson_OnlyTheCanonicalNameIsAccepted(string kind)
    {
        var json = $$"""{ "id": "a", "name": "A", "kind": {{kind}} }""";
        AccountabilityKitJson.TryRead(json, AccountabilityKitJson.TypeInfo<OrgUnit>(), out _, out var report).Should().BeFalse();
        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AK043" && i.Path == "$.kind");
    }

    [Fact]
    public void EnumInJson_IsWrittenAndReadInCamelCase()
    {
        var unit = new OrgUnit(new OrgUnitId("a"), "A", UnitKind.County);
        var json = AccountabilityKitJson.Write(unit, AccountabilityKitJson.TypeInfo<OrgUnit>());
        json.Should().Contain("\"county\"");
        AccountabilityKitJson.Read(json, AccountabilityKitJson.TypeInfo<OrgUnit>()).Should().Be(unit);
    }
}
