using System.Reflection;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Facts;

/// <summary>The one table that describes each fact field: complete, consistent with the fact type and the engines.</summary>
public sealed class FactFieldDescriptorTests
{
    [Fact]
    public void All_EveryDefinedField_OnceInDeclarationOrder()
    {
        FactFieldDescriptor.All.Select(d => d.Field).Should().Equal(Enum.GetValues<FactField>());
        FactFieldDescriptor.All.Select(d => d.Key).Should().OnlyHaveUniqueItems();
        FactFieldDescriptor.All.Should().OnlyContain(d => d.IsDimension == FactFields.IsDimension(d.Field));
    }

    [Fact]
    public void Of_UndefinedField_Throws()
    {
        var act = () => FactFieldDescriptor.Of((FactField)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Property_IsAPublicPropertyOfTheFact_OfTheDimensionsOrNumericType()
    {
        foreach (var d in FactFieldDescriptor.All)
        {
            var property = typeof(AccountabilityFact).GetProperty(d.Property, BindingFlags.Public | BindingFlags.Instance);
            property.Should().NotBeNull("{0} names the fact property {1}", d.Field, d.Property);
            if (!d.IsDimension)
            {
                property!.PropertyType.Should().Be<int>();
            }
        }
    }

    [Fact]
    public void TextOfAndNumberOf_ReadTheFactProperty()
    {
        var fact = Fact() with { IsTypical = true, NoticeBatch = "B1", TypicalCases = 1 };

        FactFieldDescriptor.Of(FactField.Case).TextOf(fact).Should().Be("C1");
        FactFieldDescriptor.Of(FactField.Typical).TextOf(fact).Should().Be("true");
        FactFieldDescriptor.Of(FactField.Year).TextOf(fact).Should().Be("2021");
        FactFieldDescriptor.Of(FactField.Quarter).TextOf(fact).Should().Be("2021Q2");
        FactFieldDescriptor.Of(FactField.Adjustment).TextOf(fact).Should().BeNull("the fact has no adjustment");
        FactFieldDescriptor.Of(FactField.TypicalCases).NumberOf(fact).Should().Be(1);
        FluentActions.Invoking(() => FactFieldDescriptor.Of(FactField.Persons).TextOf(fact)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => FactFieldDescriptor.Of(FactField.Region).NumberOf(fact)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void LabelsOf_EnumsQuartersYearsAndTheTypicalFlag_HaveLabels_IdsHaveNone()
    {
        FactFieldDescriptor.Of(FactField.Form).LabelsOf("Admonishment").Should().Be(("诫勉", "Admonishment"));
        FactFieldDescriptor.Of(FactField.Typical).LabelsOf("true").Should().Be(("是", "Yes"));
        FactFieldDescriptor.Of(FactField.Typical).LabelsOf("false").Should().Be(("否", "No"));
        FactFieldDescriptor.Of(FactField.Quarter).LabelsOf("2021Q2").Should().Be(("2021年第二季度", "2021Q2"));
        FactFieldDescriptor.Of(FactField.Year).LabelsOf("2021")!.Value.English.Should().Be("2021");
        FactFieldDescriptor.Of(FactField.Form).LabelsOf("NoSuchForm").Should().BeNull();
        FactFieldDescriptor.Of(FactField.Region).LabelsOf("RG").Should().BeNull();
    }

    [Fact]
    public void Key_IsTheColumnKeyOfTheResultAndOfTheMeasures()
    {
        var request = new StatRequest { Dimensions = [.. FactFields.Dimensions], Measures = [StatMeasure.Sum(FactField.Persons)] };

        request.Columns().Take(FactFields.Dimensions.Count).Select(c => c.Key)
            .Should().Equal(FactFields.Dimensions.Select(f => FactFieldDescriptor.Of(f).Key));
        StatMeasure.Sum(FactField.TypicalCases).Key.Should().Be("sum:" + FactFieldDescriptor.Of(FactField.TypicalCases).Key);
        FactFieldDescriptor.Of(FactField.NoticeBatch).Key.Should().Be("noticeBatch");
    }
}
