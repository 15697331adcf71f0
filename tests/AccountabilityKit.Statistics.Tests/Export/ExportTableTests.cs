using AccountabilityKit.Statistics.Export;

namespace AccountabilityKit.Statistics.Tests.Export;

public sealed class ExportTableTests
{
    private static readonly ExportColumn[] Columns =
    [
        new("name", "名称", "Name", ExportValueKind.Text),
        new("count", "数量", "Count", ExportValueKind.WholeNumber),
    ];

    [Fact]
    public void Constructor_RowOfWrongWidth_Throws()
    {
        var act = () => new ExportTable("t", "表", "Table", Columns, [[ExportCell.OfText("a")]]);

        act.Should().Throw<ArgumentException>().WithMessage("*Row 0*1 cells for 2 columns*");
    }

    [Fact]
    public void Constructor_CellOfWrongType_Throws()
    {
        var act = () => new ExportTable("t", "表", "Table", Columns, [[ExportCell.OfText("a"), ExportCell.OfDecimalNumber(1.5m)]]);

        act.Should().Throw<ArgumentException>().WithMessage("*Cell 1 of row 0*WholeNumber*");
    }

    [Fact]
    public void Display_LabelsForTheCulture_NumbersInvariant()
    {
        var cell = ExportCell.OfText("Admonishment", "诫勉", "Admonishment");

        cell.Display(chinese: true).Should().Be("诫勉");
        cell.Display(chinese: false).Should().Be("Admonishment");
        ExportCell.OfDecimalNumber(-1234.5m).Display(chinese: true).Should().Be("-1234.5");
        ExportCell.OfWholeNumber(null).IsMissing.Should().BeTrue();
        ExportCell.OfWholeNumber(null).Display(chinese: true).Should().BeNull();
    }
}
