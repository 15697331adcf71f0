using AccountabilityKit.Organization;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Organization;

public sealed class OrgUnitIdTests
{
    public static TheoryData<string> ValidTexts => new()
    {
        "NT",
        "RG-01",
        "如皋市委",
        "a b",
        "x",
        new string('x', 128),
    };

    public static TheoryData<string?> InvalidTexts => new()
    {
        null,
        string.Empty,
        " ",
        "\t",
        "   ",
        " NT",
        "NT ",
        "NT\n",
        "\u00A0NT",
        "N\u0000T",
        "N\u0007T",
        "RG\u001F01",
        new string('x', 129),
        new string('x', 1000),
    };

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void Constructor_ValidText_KeepsValueAndToString(string text)
    {
        var id = new OrgUnitId(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
    }

    [Fact]
    public void Default_Value_IsEmptyString()
    {
        default(OrgUnitId).Value.Should().BeEmpty();
        default(OrgUnitId).ToString().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void Constructor_InvalidText_ThrowsAK001AtValue(string? text)
    {
        var report = ((Action)(() => _ = new OrgUnitId(text!))).ShouldFailValidation();

        report.ShouldHaveExactly((VocabularyIssueCodes.InvalidIdentifier, "value"));
    }

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void TryCreate_ValidText_ReturnsTrueAndId(string text)
    {
        OrgUnitId.TryCreate(text, out var id).Should().BeTrue();

        id.Should().Be(new OrgUnitId(text));
        id.Value.Should().Be(text);
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void TryCreate_InvalidText_ReturnsFalseAndDefault(string? text)
    {
        OrgUnitId.TryCreate(text, out var id).Should().BeFalse();

        id.Should().Be(default(OrgUnitId));
    }

    [Fact]
    public void Equality_SameText_EqualWithSameHashCode()
    {
        var a = new OrgUnitId("RG-01");
        var b = new OrgUnitId(string.Concat("RG-", "01"));

        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData("rg", "RG")]
    [InlineData("RG-01", "RG-02")]
    [InlineData("RG", "RG-")]
    public void Equality_DifferentText_NotEqual(string left, string right)
    {
        var a = new OrgUnitId(left);
        var b = new OrgUnitId(right);

        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals(b).Should().BeFalse();
    }

    [Fact]
    public void Equality_DefaultAndValid_NotEqual()
    {
        (default(OrgUnitId) == new OrgUnitId("NT")).Should().BeFalse();
        default(OrgUnitId).Should().Be(default(OrgUnitId));
    }

    [Fact]
    public void CompareTo_IsOrdinal_UppercaseBeforeLowercase()
    {
        // Ordinal: 'B' (66) < 'a' (97); a culture-aware comparison would put "a" first.
        var upper = new OrgUnitId("B");
        var lower = new OrgUnitId("a");

        upper.CompareTo(lower).Should().BeNegative();
        lower.CompareTo(upper).Should().BePositive();
        upper.CompareTo(new OrgUnitId("B")).Should().Be(0);
    }

    [Fact]
    public void Operators_OrderOrdinally()
    {
        var a = new OrgUnitId("A");
        var b = new OrgUnitId("B");
        var a2 = new OrgUnitId("A");

        (a < b).Should().BeTrue();
        (b < a).Should().BeFalse();
        (a < a2).Should().BeFalse();
        (b > a).Should().BeTrue();
        (a > b).Should().BeFalse();
        (a > a2).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a <= a2).Should().BeTrue();
        (b <= a).Should().BeFalse();
        (b >= a).Should().BeTrue();
        (a >= a2).Should().BeTrue();
        (a >= b).Should().BeFalse();
    }

    [Fact]
    public void Sort_ListOfIds_OrdinalOrder()
    {
        var ids = new[] { "b", "RG-10", "RG-02", "A", "如皋" }.Select(t => new OrgUnitId(t)).ToList();

        ids.Sort();

        ids.Select(i => i.Value).Should().Equal("A", "RG-02", "RG-10", "b", "如皋");
    }

    [Fact]
    public void CompareTo_DefaultSortsBeforeAnyValidId()
    {
        default(OrgUnitId).CompareTo(new OrgUnitId("A")).Should().BeNegative();
        (default(OrgUnitId) < new OrgUnitId("A")).Should().BeTrue();
    }
}
