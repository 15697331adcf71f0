using System.Globalization;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Localization;

/// <summary>An enum of the test assembly with gaps in its labels, to show that FindUnlabelled reports them.</summary>
public enum PartlyLabelledSample
{
    [Label("甲", "First")]
    First = 0,

    Second = 1,

    [Label("", "Third")]
    Third = 2,

    [Label("丁", " ")]
    Fourth = 3,
}

public class LabelsTests
{
    [Theory]
    [InlineData("zh-CN", "县（市、区）")]
    [InlineData("zh", "县（市、区）")]
    [InlineData("zh-Hans", "县（市、区）")]
    [InlineData("zh-TW", "县（市、区）")]
    [InlineData("ZH-cn", "县（市、区）")]
    [InlineData("en", "County")]
    [InlineData("en-US", "County")]
    [InlineData("fr", "County")]
    [InlineData("", "County")]
    [InlineData("zhx", "County")]
    public void Of_CultureName_ChineseForZhAndEnglishOtherwise(string cultureName, string expected)
    {
        Labels.Of(UnitKind.County, cultureName).Should().Be(expected);
    }

    [Fact]
    public void Of_CultureInfo_UsesItsName()
    {
        Labels.Of(CadreRole.DisciplineSecretary, CultureInfo.GetCultureInfo("zh-CN")).Should().Be("纪委书记（纪检监察组组长）");
        Labels.Of(CadreRole.DisciplineSecretary, CultureInfo.GetCultureInfo("en-GB")).Should().Be("Discipline secretary");
        Labels.Of(CadreRole.DisciplineSecretary, CultureInfo.InvariantCulture).Should().Be("Discipline secretary");
    }

    [Fact]
    public void Of_BoxedEnum_ResolvesTheRuntimeType()
    {
        Enum boxed = VerificationStatus.PartlyVerified;

        Labels.Of(boxed, "zh-CN").Should().Be("部分核实");
        Labels.Of(boxed, "en").Should().Be("Partly verified");
    }

    [Fact]
    public void ZhCnAndEn_GiveEachLabel()
    {
        Labels.ZhCn(UnitKind.CityDepartment).Should().Be("市级部门");
        Labels.En(UnitKind.CityDepartment).Should().Be("City department");
        Labels.ZhCn(IssueSeverity.Warning).Should().Be("警告");
        Labels.En(IssueSeverity.Warning).Should().Be("Warning");
    }

    [Fact]
    public void Of_UndefinedValue_ThrowsArgumentOutOfRange()
    {
        var generic = () => Labels.Of((UnitKind)42, "zh-CN");
        var boxed = () => Labels.Of((Enum)(CadreRole)(-1), "en");
        var zh = () => Labels.ZhCn((VerificationStatus)3);

        generic.Should().Throw<ArgumentOutOfRangeException>();
        boxed.Should().Throw<ArgumentOutOfRangeException>();
        zh.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Of_DefinedButUnlabelledMember_ThrowsInvalidOperation()
    {
        var act = () => Labels.Of(PartlyLabelledSample.Second, "en");

        act.Should().Throw<InvalidOperationException>().WithMessage("*Second*");
        Labels.Of(PartlyLabelledSample.First, "zh-CN").Should().Be("甲");
    }

    [Fact]
    public void Of_NullArguments_Throw()
    {
        var nullCulture = () => Labels.Of(UnitKind.City, (string)null!);
        var nullCultureInfo = () => Labels.Of(UnitKind.City, (CultureInfo)null!);
        var nullEnum = () => Labels.Of((Enum)null!, "en");

        nullCulture.Should().Throw<ArgumentNullException>();
        nullCultureInfo.Should().Throw<ArgumentNullException>();
        nullEnum.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FindUnlabelled_ShippedAssembly_FindsNothing()
    {
        var assembly = typeof(OrgTree).Assembly;

        Labels.FindUnlabelled(assembly).Should().BeEmpty("every enum value the package ships needs a zh-CN and an English label");
        assembly.GetExportedTypes().Where(t => t.IsEnum).Should().Contain([typeof(UnitKind), typeof(CadreRole), typeof(VerificationStatus), typeof(IssueSeverity)]);
    }

    [Fact]
    public void FindUnlabelled_ShippedEnums_EveryMemberHasBothLabels()
    {
        foreach (var type in typeof(OrgTree).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            foreach (Enum value in Enum.GetValues(type))
            {
                Labels.Of(value, "zh-CN").Should().NotBeNullOrWhiteSpace();
                Labels.Of(value, "en").Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void FindUnlabelled_EnumWithGaps_ReportsMissingAndBlankLabels()
    {
        var prefix = typeof(PartlyLabelledSample).FullName + ".";

        var missing = Labels.FindUnlabelled(typeof(LabelsTests).Assembly).Where(m => m.StartsWith(prefix, StringComparison.Ordinal));

        missing.Should().Equal(prefix + "Second", prefix + "Third", prefix + "Fourth");
    }

    [Fact]
    public void FindUnlabelled_Null_Throws()
    {
        var act = () => Labels.FindUnlabelled(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void LabelAttribute_KeepsBothNames()
    {
        var label = new LabelAttribute("市", "City");

        label.Chinese.Should().Be("市");
        label.English.Should().Be("City");
    }
}
