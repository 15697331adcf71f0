using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Cli.Tests.Inputs;

public sealed class FactsFileTests : IDisposable
{
    private readonly TestSupport.TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static AccountabilityFact Fact(string batch) => new()
    {
        CaseId = "c-1",
        Region = new OrgUnitId("R"),
        Unit = new OrgUnitId("R-1"),
        UnitKind = UnitKind.Township,
        Quarter = AssessmentQuarter.Parse("2021Q3"),
        SubjectKind = SubjectKind.Cadre,
        Form = AccountabilityForm.DisciplinarySanction,
        Sanction = DisciplinarySanction.SeriousWarning,
        IsTypical = true,
        NoticeBatch = batch,
        Person = new PersonId("P-1"),
        Persons = 1,
        Cases = 1,
        Subjects = 1,
        TypicalCases = 1,
    };

    [Theory]
    [InlineData("2021-第1批")]
    [InlineData("batch, with \"quotes\"")]
    public void WriteCsv_ThenRead_RoundTripsEveryField(string batch)
    {
        var fact = Fact(batch);
        var path = _dir.Write("facts.csv", FactsFile.WriteCsv([fact]));

        var read = FactsFile.Read(path, out var report);

        report.IsValid.Should().BeTrue(report.ToString(AccountabilityKit.Localization.MessageCatalog.English));
        read.Should().ContainSingle().Which.Should().Be(fact);
    }

    [Fact]
    public void WriteJson_ThenRead_RoundTripsEveryField()
    {
        var fact = Fact("b");
        var path = _dir.Write("facts.json", FactsFile.WriteJson([fact]));

        var read = FactsFile.Read(path, out var report);

        report.IsValid.Should().BeTrue(report.ToString(AccountabilityKit.Localization.MessageCatalog.English));
        read.Should().ContainSingle().Which.Should().Be(fact);
    }

    [Fact]
    public void Read_CsvWithWrongHeader_ReportsLineOne()
    {
        var path = _dir.Write("wrong.csv", "case,region\nc,R\n");

        var read = FactsFile.Read(path, out var report);

        read.Should().BeNull();
        report.Issues.Should().ContainSingle().Which.Path.Should().Be("line 1");
    }

    [Fact]
    public void Read_CsvRowWithMissingFields_ReportsTheLine()
    {
        var path = _dir.Write("short.csv", string.Join(',', FactsFile.CsvColumns) + "\nc-1,R\n");

        FactsFile.Read(path, out var report).Should().BeNull();

        report.Issues.Should().ContainSingle().Which.Path.Should().Be("line 2");
    }
}
