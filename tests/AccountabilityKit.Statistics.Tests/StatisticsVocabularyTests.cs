using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Tests;

public sealed class StatisticsVocabularyTests
{
    [Fact]
    public void Labels_EveryPublicEnumMember_IsLabelled()
    {
        Labels.FindUnlabelled(typeof(FactField).Assembly).Should().BeEmpty();
    }

    [Fact]
    public void FactFields_DimensionsAndNumerics_PartitionEveryField()
    {
        var all = Enum.GetValues<FactField>();
        FactFields.Dimensions.Concat(FactFields.Numerics).Should().BeEquivalentTo(all);
        all.Should().OnlyContain(f => FactFields.IsDimension(f) != FactFields.IsNumeric(f));
        FactFields.Dimensions.Should().OnlyContain(f => FactFields.IsDimension(f));
    }
}
