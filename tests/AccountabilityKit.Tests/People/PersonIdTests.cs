using AccountabilityKit.People;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.People;

public sealed class PersonIdTests
{
    public static TheoryData<string> ValidTexts => new()
    {
        "EMP",
        "P-01",
        "张建国",
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
        " EMP",
        "EMP ",
        "EMP\n",
        "\u00A0EMP",
        "N\u0000T",
        "N\u0007T",
        "P\u001F01",
        new string('x', 129),
        new string('x', 1000),
    };

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void Constructor_ValidText_KeepsValueAndToString(string text)
    {
        var id = new PersonId(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
    }

    [Fact]
    public void Default_Value_IsEmptyString()
    {
        default(PersonId).Value.Should().BeEmpty();
        default(PersonId).ToString().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void Constructor_InvalidText_ThrowsAK001AtValue(string? text)
    {
        var report = ((Action)(() => _ = new PersonId(text!))).ShouldFailValidation();

        report.ShouldHaveExactly((VocabularyIssueCodes.InvalidIdentifier, "value"));
    }

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void TryCreate_ValidText_ReturnsTrueAndId(string text)
    {
        PersonId.TryCreate(text, out var id).Should().BeTrue();

        id.Should().Be(new PersonId(text));
        id.Value.Should().Be(text);
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void TryCreate_InvalidText_ReturnsFalseAndDefault(string? text)
    {
        PersonId.TryCreate(text, out var id).Should().BeFalse();

        id.Should().Be(default(PersonId));
    }

    [Fact]
    public void Equality_SameText_EqualWithSameHashCode()
    {
        var a = new PersonId("P-01");
        var b = new PersonId(string.Concat("P-", "01"));

        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData("emp", "EMP")]
    [InlineData("P-01", "P-02")]
    [InlineData("P", "P-")]
    public void Equality_DifferentText_NotEqual(string left, string right)
    {
        var a = new PersonId(left);
        var b = new PersonId(right);

        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals(b).Should().BeFalse();
    }

    [Fact]
    public void Equality_DefaultAndValid_NotEqual()
    {
        (default(PersonId) == new PersonId("EMP")).Should().BeFalse();
        default(PersonId).Should().Be(default(PersonId));
    }

    [Fact]
    public void CompareTo_IsOrdinal_UppercaseBeforeLowercase()
    {
        // Ordinal: 'B' (66) < 'a' (97); a culture-aware comparison would put "a" first.
        var upper = new PersonId("B");
        var lower = new PersonId("a");

        upper.CompareTo(lower).Should().BeNegative();
        lower.CompareTo(upper).Should().BePositive();
        upper.CompareTo(new PersonId("B")).Should().Be(0);
    }

    [Fact]
    public void Operators_OrderOrdinally()
    {
        var a = new PersonId("A");
        var b = new PersonId("B");
        var a2 = new PersonId("A");

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
        var ids = new[] { "b", "P-10", "P-02", "A", "张" }.Select(t => new PersonId(t)).ToList();

        ids.Sort();

        ids.Select(i => i.Value).Should().Equal("A", "P-02", "P-10", "b", "张");
    }

    [Fact]
    public void CompareTo_DefaultSortsBeforeAnyValidId()
    {
        default(PersonId).CompareTo(new PersonId("A")).Should().BeNegative();
        (default(PersonId) < new PersonId("A")).Should().BeTrue();
    }
}
