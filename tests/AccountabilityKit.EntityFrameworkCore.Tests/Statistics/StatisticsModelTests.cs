using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Citations;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Statistics;

public sealed class StatisticsModelTests
{
    [Fact]
    public void AccountabilityFacts_RoundTrip_Sqlite() => FactsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void AccountabilityFacts_RoundTrip_Postgres() => FactsRoundTrip(DatabaseKind.Postgres);

    private static void FactsRoundTrip(DatabaseKind kind)
    {
        var facts = FactSamples.Fixed(150);
        using var database = TestDatabase.Create(kind, "facts");
        using (var context = KitDbContext.Create(database))
        {
            context.Set<AccountabilityFact>().AddRange(facts);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<AccountabilityFact>().AsNoTracking().OrderBy(f => f.CaseId).ToList();
            loaded.Should().Equal(facts.OrderBy(f => f.CaseId, StringComparer.Ordinal));

            // The database-generated year column equals the computed Year of every fact.
            var years = context.Set<AccountabilityFact>()
                .Select(f => new { f.CaseId, Year = EF.Property<int>(f, "FactYear") })
                .AsEnumerable()
                .ToDictionary(x => x.CaseId, x => x.Year);
            years.Should().HaveCount(facts.Count).And.Equal(facts.ToDictionary(f => f.CaseId, f => f.Year));

            // Quarter filters and ordering run in SQL on the order-preserving integer column.
            var from = new AssessmentQuarter(2020, 3);
            context.Set<AccountabilityFact>().Count(f => f.Quarter >= from).Should().Be(facts.Count(f => f.Quarter >= from));
        }
    }

    [Fact]
    public void DisciplineMeasureFacts_RoundTrip_Sqlite() => MeasureFactsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void DisciplineMeasureFacts_RoundTrip_Postgres() => MeasureFactsRoundTrip(DatabaseKind.Postgres);

    private static void MeasureFactsRoundTrip(DatabaseKind kind)
    {
        DisciplineMeasureFact[] facts =
        [
            new(new PersonId("P1"), new OrgUnitId("u04"), AssessmentQuarter.Parse("2021Q2"), (DisciplineMeasure)0, (DisciplineForm)0, Citation.Parse("ARR2019 Art. 8")),
            new(new PersonId("P2"), new OrgUnitId("u05"), AssessmentQuarter.Parse("2022Q4"), (DisciplineMeasure)3, (DisciplineForm)1, Citation.Parse("ARR2019 Art. 6(2) item 3")) { PersonTimes = 2 },
        ];
        using var database = TestDatabase.Create(kind, "measures");
        using (var context = KitDbContext.Create(database))
        {
            context.Set<DisciplineMeasureFact>().AddRange(facts);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<DisciplineMeasureFact>().AsNoTracking().OrderBy(f => f.Person).ToList();
            loaded.Should().Equal(facts);
            context.Set<DisciplineMeasureFact>().Where(f => f.Quarter > AssessmentQuarter.Parse("2021Q4")).Select(f => f.Person).Should().Equal(new PersonId("P2"));
        }
    }
}
