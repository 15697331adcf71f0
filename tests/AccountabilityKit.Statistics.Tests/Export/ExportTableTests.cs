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

    [Fact]
    public void OfEnum_IsTheCanonicalCodeWithItsLabels()
    {
        var cell = ExportCell.OfEnum(AccountabilityKit.Accountability.Cases.AccountabilityForm.Admonishment);

        cell.Kind.Should().Be(ExportValueKind.Text);
        cell.Text.Should().Be("admonishment");
        cell.Display(chinese: true).Should().Be("诫勉");
        cell.Display(chinese: false).Should().Be("Admonishment");
    }

    [Fact]
    public void DateCells_StayDates_InCsvAndJson()
    {
        var table = new ExportTable("t", "表", "Table", [new("asOf", "截至", "As of", ExportValueKind.Date)],
            [[ExportCell.OfDate(new NodaTime.LocalDate(2021, 7, 15))], [ExportCell.OfDate(null)]]);

        table.Rows[1][0].IsMissing.Should().BeTrue();
        CsvExport.ToCsv(table, System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Be("As of\r\n2021-07-15\r\n\r\n");
        using var json = System.Text.Json.JsonDocument.Parse(JsonExport.ToJson([table]));
        var t = json.RootElement.GetProperty("tables")[0];
        t.GetProperty("columns")[0].GetProperty("type").GetString().Should().Be("date");
        t.GetProperty("rows")[0].GetProperty("values").GetProperty("asOf").GetString().Should().Be("2021-07-15");
        t.GetProperty("rows")[1].GetProperty("values").GetProperty("asOf").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
