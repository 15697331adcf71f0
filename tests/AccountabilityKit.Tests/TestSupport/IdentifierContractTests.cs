using System.Numerics;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.TestSupport;

/// <summary>The texts every identifier type must accept or reject (AK001).</summary>
public static class IdentifierTexts
{
    public static TheoryData<string> Valid => new()
    {
        "NT",
        "RG-01",
        "如皋市委",
        "a b",
        "x",
        new string('x', 128),
        "𠀀县", // a character outside the BMP (a surrogate pair) is an ordinary character
    };

    public static TheoryData<string?> Invalid => new()
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
        "RG\u007F01", // DEL
        "RG\u008501", // C1 (NEL)
        "RG\u202801", // line separator
        "RG\u202901", // paragraph separator
        "RG\u202E10", // right-to-left override (shows "RG01" reversed)
        "RG\u206601", // left-to-right isolate
        "RG\u200B01", // zero-width space
        "RG\uFEFF01", // zero-width no-break space (BOM)
        new string('x', 129),
        new string('x', 1000),
    };
}

/// <summary>
/// The contract of a textual identifier (<c>OrgUnitId</c>, <c>PersonId</c>): validation, TryCreate, ordinal equality,
/// ordering and operators, default value. A test class per identifier derives from it.
/// </summary>
public abstract class IdentifierContractTests<TId>
    where TId : struct, IComparable<TId>, IComparisonOperators<TId, TId, bool>
{
    protected abstract TId Create(string text);

    protected abstract bool TryCreate(string? text, out TId id);

    protected abstract string ValueOf(TId id);

    [Theory]
    [MemberData(nameof(IdentifierTexts.Valid), MemberType = typeof(IdentifierTexts))]
    public void Constructor_ValidText_KeepsValueAndToString(string text)
    {
        var id = Create(text);

        ValueOf(id).Should().Be(text);
        id.ToString().Should().Be(text);
    }

    [Fact]
    public void Default_Value_IsEmptyString()
    {
        ValueOf(default).Should().BeEmpty();
        default(TId).ToString().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(IdentifierTexts.Invalid), MemberType = typeof(IdentifierTexts))]
    public void Constructor_InvalidText_ThrowsAK001AtValue(string? text)
    {
        var report = ((Action)(() => Create(text!))).ShouldFailValidation();

        report.ShouldHaveExactly((VocabularyIssueCodes.InvalidIdentifier, "value"));
    }

    [Theory]
    [MemberData(nameof(IdentifierTexts.Valid), MemberType = typeof(IdentifierTexts))]
    public void TryCreate_ValidText_ReturnsTrueAndId(string text)
    {
        TryCreate(text, out var id).Should().BeTrue();

        id.Should().Be(Create(text));
        ValueOf(id).Should().Be(text);
    }

    [Theory]
    [MemberData(nameof(IdentifierTexts.Invalid), MemberType = typeof(IdentifierTexts))]
    public void TryCreate_InvalidText_ReturnsFalseAndDefault(string? text)
    {
        TryCreate(text, out var id).Should().BeFalse();

        id.Should().Be(default(TId));
    }

    [Fact]
    public void Equality_SameText_EqualWithSameHashCode()
    {
        var a = Create("RG-01");
        var b = Create(string.Concat("RG-", "01"));

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
        var a = Create(left);
        var b = Create(right);

        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals(b).Should().BeFalse();
    }

    [Fact]
    public void Equality_DefaultAndValid_NotEqual()
    {
        (default(TId) == Create("NT")).Should().BeFalse();
        default(TId).Should().Be(default(TId));
    }

    [Fact]
    public void CompareTo_IsOrdinal_UppercaseBeforeLowercase()
    {
        // Ordinal: 'B' (66) < 'a' (97); a culture-aware comparison would put "a" first.
        var upper = Create("B");
        var lower = Create("a");

        upper.CompareTo(lower).Should().BeNegative();
        lower.CompareTo(upper).Should().BePositive();
        upper.CompareTo(Create("B")).Should().Be(0);
    }

    [Fact]
    public void Operators_OrderOrdinally()
    {
        var a = Create("A");
        var b = Create("B");
        var a2 = Create("A");

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
        var ids = new[] { "b", "RG-10", "RG-02", "A", "如皋" }.Select(Create).ToList();

        ids.Sort();

        ids.Select(ValueOf).Should().Equal("A", "RG-02", "RG-10", "b", "如皋");
    }

    [Fact]
    public void CompareTo_DefaultSortsBeforeAnyValidId()
    {
        default(TId).CompareTo(Create("A")).Should().BeNegative();
        (default(TId) < Create("A")).Should().BeTrue();
    }
}
