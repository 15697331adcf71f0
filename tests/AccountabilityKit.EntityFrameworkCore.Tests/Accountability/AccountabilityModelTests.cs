using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Accountability;

public sealed class AccountabilityModelTests
{
    internal const string LocalPack = """
        {
          "formatVersion": 1,
          "id": "JS-2020",
          "regulationVersion": "ARR2019",
          "title": "某省问责条例实施办法",
          "extends": "ARR2019-default",
          "influencePeriods": [
            { "id": "influence.admonishment.promotionBan", "form": "admonishment", "effect": "promotionBan", "months": 12,
              "citation": "ARR2019 Art. 8", "status": "verified", "note": "provincial rule" }
          ]
        }
        """;

    /// <summary>A case with every member set, so a lost column cannot hide behind a default.</summary>
    internal static AccountabilityCase FullCase() => new()
    {
        Id = "2021-RG-007",
        Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, new OrgUnitId("RG")),
        StartApprovedOn = new LocalDate(2021, 3, 1),
        InvestigationStartedOn = new LocalDate(2021, 3, 3),
        DefenceHeardOn = new LocalDate(2021, 4, 2),
        ReportedOn = new LocalDate(2021, 4, 20),
        DecidedOn = new LocalDate(2021, 5, 10),
        Approval = new Approval { Body = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId("RG")), ByPrincipalLeader = true, ApprovedOn = new LocalDate(2021, 5, 8) },
        DeliveredOn = new LocalDate(2021, 5, 12),
        ExecutedOn = new LocalDate(2021, 5, 20),
        AppealedOn = new LocalDate(2021, 5, 25),
        AppealDecidedOn = new LocalDate(2021, 6, 20),
        DecisionFoundWrongOn = new LocalDate(2021, 6, 20),
        CorrectedOn = new LocalDate(2021, 6, 28),
        InvestigationTeam = [new PersonId("P-INV1"), new PersonId("P-INV2")],
        Harm = HarmLevel.FairlySerious,
        Circumstances = [Circumstance.PeoplesLivelihoodMisconduct, Circumstance.WorkStyleLax],
        Organizations = [new AccountableOrganization { Unit = new OrgUnitId("RG-EDU"), Forms = [AccountabilityForm.WrittenExamination, AccountabilityForm.CirculatedNotice], OnFileForDisciplinaryReview = true }],
        Cadres =
        [
            new AccountableCadre
            {
                Person = new PersonId("P-SEC"), Unit = new OrgUnitId("RG-EDU"), Role = CadreRole.Secretary,
                Responsibility = LeadershipResponsibility.PrimaryLeadership,
                Forms = [AccountabilityForm.OrganizationalAdjustment, AccountabilityForm.DisciplinarySanction],
                Adjustment = OrganizationalAdjustmentKind.Removal, Sanction = DisciplinarySanction.SeriousWarning,
            },
            new AccountableCadre
            {
                Person = new PersonId("P-DEP"), Unit = new OrgUnitId("RG-HEALTH"), Role = CadreRole.TeamMember,
                Forms = [AccountabilityForm.Admonishment], OnFileForDisciplinaryReview = true,
            },
        ],
        Modifiers =
        [
            new CaseModifier { Kind = ModifierKind.Mitigating, Evidence = "主动交代", Person = new PersonId("P-DEP") },
            new CaseModifier { Kind = ModifierKind.Aggravating, Evidence = "干扰调查", Unit = new OrgUnitId("RG-EDU") },
        ],
        IsTypicalCase = true,
        NoticeBatch = "2021年第3批",
        ViolationCaseId = "V-2021-031",
        Recommendations = [RecommendationKind.DisciplineRecommendation, RecommendationKind.SupervisionRecommendation],
        RegulationVersion = "ARR2019",
    };

    /// <summary>A sparse open case: defaults, empty arrays and nulls must round-trip as well.</summary>
    internal static AccountabilityCase OpenCase() => new()
    {
        Id = "2021-HM-002",
        Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId("HM")),
        StartApprovedOn = new LocalDate(2021, 7, 1),
        Circumstances = [Circumstance.MajorIncidentInRemit],
        Cadres = [new AccountableCadre { Person = new PersonId("P-HM1"), Unit = new OrgUnitId("HM"), Role = CadreRole.DeputySecretary }],
    };

    internal static AccountabilityCase DecidedCase() => new()
    {
        Id = "2021-NT-011",
        Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId("NT")),
        StartApprovedOn = new LocalDate(2021, 1, 5),
        DecidedOn = new LocalDate(2021, 2, 26),
        Circumstances = [Circumstance.WeakenedPartyLeadership],
        Organizations = [new AccountableOrganization { Unit = new OrgUnitId("HM"), Forms = [AccountabilityForm.CirculatedNotice] }],
        Cadres = [new AccountableCadre { Person = new PersonId("P-HM1"), Unit = new OrgUnitId("HM"), Role = CadreRole.DeputySecretary, Forms = [AccountabilityForm.CirculatedNotice] }],
        IsTypicalCase = true,
        NoticeBatch = "2021年第1批",
    };

    internal static AccountabilityCase[] Cases() => [FullCase(), OpenCase(), DecidedCase()];

    [Fact]
    public void Cases_RoundTrip_Sqlite() => CasesRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void Cases_RoundTrip_Postgres() => CasesRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void CaseQueries_RunInSql_Sqlite() => CaseQueriesRunInSql(DatabaseKind.Sqlite);

    [PostgresFact]
    public void CaseQueries_RunInSql_Postgres() => CaseQueriesRunInSql(DatabaseKind.Postgres);

    [Fact]
    public void SubjectColumns_CaseUpdated_FollowTheNewSubjects_Sqlite() => SubjectColumnsFollowUpdates(DatabaseKind.Sqlite);

    [PostgresFact]
    public void SubjectColumns_CaseUpdated_FollowTheNewSubjects_Postgres() => SubjectColumnsFollowUpdates(DatabaseKind.Postgres);

    [Fact]
    public void PackVersions_RoundTrip_Sqlite() => PackVersionsRoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void PackVersions_RoundTrip_Postgres() => PackVersionsRoundTrip(DatabaseKind.Postgres);

    [Fact]
    public void SaveChanges_ContextWithoutTheKitInterceptor_RejectsTheCaseInsteadOfLosingItsSubjectColumns()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "nointerceptor");
        using var context = new KitDbContext(database.Options<KitDbContext>());
        context.Database.EnsureCreated();
        context.Add(OpenCase());

        var act = () => context.SaveChanges();

        // EF Core refuses the save before any SQL runs, naming the subject column only the kit's interceptor fills.
        act.Should().Throw<InvalidOperationException>().WithMessage("*Subject*Ids*required*");
        context.ChangeTracker.Clear();
        context.Set<AccountabilityCase>().Count().Should().Be(0);
    }

    [Fact]
    public void DecidedBetween_EndBeforeStart_ThrowsWithCodeAndPath()
    {
        var act = () => Array.Empty<AccountabilityCase>().AsQueryable().DecidedBetween(new LocalDate(2021, 6, 1), new LocalDate(2021, 5, 31));

        var issue = act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(VocabularyIssueCodes.MalformedPeriod);
        issue.Path.Should().Be("to");
        issue.Text.Should().Be(Catalog.Of(nameof(Messages.PeriodEndsBeforeStart), ("to", new LocalDate(2021, 5, 31)), ("from", new LocalDate(2021, 6, 1))));
        issue.Render(MessageCatalog.Chinese).Should().Be("期间截止日2021年5月31日早于起始日2021年6月1日。");
        issue.Render(MessageCatalog.English).Should().Be("The period ends on 2021-05-31, before it starts on 2021-06-01.");
    }

    [Fact]
    public void PackVersionFrom_UnknownForm_ThrowsWithCodeAndPathAndLeavesCatalogUnchanged()
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        var json = LocalPack.Replace("\"form\": \"admonishment\"", "\"form\": \"beheading\"", StringComparison.Ordinal);

        var act = () => RegulationPackVersion.From(catalog, json, 1);

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues
            .Should().Contain(i => i.Code == VocabularyIssueCodes.InvalidJsonValue && i.Path == "$.influencePeriods[0].form");
        catalog.TryGet("JS-2020", out _).Should().BeFalse();
    }

    [Fact]
    public void PackVersionFrom_RevisionZero_ThrowsWithCodeAndPath()
    {
        var act = () => RegulationPackVersion.From(RegulationPackCatalog.CreateDefault(), LocalPack, 0);

        var issue = act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(VocabularyIssueCodes.InvalidJsonValue);
        issue.Path.Should().Be("revision");
        issue.Text.Should().Be(Catalog.Of(nameof(Messages.PackRevisionBelowOne), ("revision", 0)));
        issue.Render(MessageCatalog.Chinese).Should().Be("法规包修订号从1起算，0不符合要求。");
    }

    internal static void ShouldRoundTrip(IEnumerable<AccountabilityCase> loaded, IEnumerable<AccountabilityCase> expected)
    {
        var l = loaded.ToList();
        var e = expected.ToList();
        l.Select(AccountabilityCaseJson.Save).Should().Equal(e.Select(AccountabilityCaseJson.Save));
        l.Select(Flat).Should().Equal(e.Select(Flat));
        l.Select(c => c.Organizations).Should().Equal(e.Select(c => c.Organizations), (a, b) => a.Select(Flat).SequenceEqual(b.Select(Flat)) && a.Select(o => o.Forms).Zip(b.Select(o => o.Forms)).All(p => p.First.SequenceEqual(p.Second)));
        l.Select(c => c.Cadres).Should().Equal(e.Select(c => c.Cadres), (a, b) => a.Select(Flat).SequenceEqual(b.Select(Flat)) && a.Select(o => o.Forms).Zip(b.Select(o => o.Forms)).All(p => p.First.SequenceEqual(p.Second)));
        l.Select(c => c.Circumstances).Should().Equal(e.Select(c => c.Circumstances), (a, b) => a.SequenceEqual(b));
        l.Select(c => c.Modifiers).Should().Equal(e.Select(c => c.Modifiers), (a, b) => a.SequenceEqual(b));
        l.Select(c => c.Recommendations).Should().Equal(e.Select(c => c.Recommendations), (a, b) => a.SequenceEqual(b));
        l.Select(c => c.InvestigationTeam).Should().Equal(e.Select(c => c.InvestigationTeam), (a, b) => a.SequenceEqual(b));
    }

    private static readonly ImmutableArray<AccountabilityForm> NoForms = [];

    /// <summary>The case with its arrays set aside (they compare by reference); <see cref="ShouldRoundTrip"/> compares them item by item.</summary>
    private static AccountabilityCase Flat(AccountabilityCase c) => c with
    {
        Organizations = ImmutableArray<AccountableOrganization>.Empty,
        Cadres = ImmutableArray<AccountableCadre>.Empty,
        Circumstances = ImmutableArray<Circumstance>.Empty,
        Modifiers = ImmutableArray<CaseModifier>.Empty,
        Recommendations = ImmutableArray<RecommendationKind>.Empty,
        InvestigationTeam = ImmutableArray<PersonId>.Empty,
    };

    private static AccountableOrganization Flat(AccountableOrganization o) => o with { Forms = NoForms };

    private static AccountableCadre Flat(AccountableCadre c) => c with { Forms = NoForms };

    private static void CasesRoundTrip(DatabaseKind kind)
    {
        var cases = Cases();
        using var database = TestDatabase.Create(kind, "cases");
        using (var context = KitDbContext.Create(database))
        {
            context.AddRange(cases);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<AccountabilityCase>().AsNoTracking().OrderBy(c => c.Id).ToList();
            ShouldRoundTrip(loaded, cases.OrderBy(c => c.Id, StringComparer.Ordinal));
            loaded.Should().OnlyContain(c => !c.Circumstances.IsDefault && !c.Modifiers.IsDefault && !c.Recommendations.IsDefault);
        }
    }

    private static void CaseQueriesRunInSql(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "casequery");
        using var context = KitDbContext.Create(database);
        context.AddRange(Cases());
        context.SaveChanges();
        var cases = context.Set<AccountabilityCase>().AsNoTracking();

        // By unit: an organisation's unit, a cadre's unit, the authority's unit (a column of its own).
        Ids(cases.InvolvingUnit(new OrgUnitId("RG-EDU"))).Should().Equal("2021-RG-007");
        Ids(cases.InvolvingUnit(new OrgUnitId("RG-HEALTH"))).Should().Equal("2021-RG-007");
        Ids(cases.InvolvingUnit(new OrgUnitId("HM"))).Should().Equal("2021-HM-002", "2021-NT-011");
        Ids(cases.InvolvingUnit(new OrgUnitId("RG"))).Should().BeEmpty("RG only decided the case; it is not held to account");
        Ids(cases.Where(c => c.Authority.Unit == new OrgUnitId("RG"))).Should().Equal("2021-RG-007");
        Ids(cases.InvolvingPerson(new PersonId("P-HM1"))).Should().Equal("2021-HM-002", "2021-NT-011");

        // By decided date range (inclusive, undecided excluded) and by the typical flag and batch.
        Ids(cases.DecidedBetween(new LocalDate(2021, 2, 26), new LocalDate(2021, 5, 10))).Should().Equal("2021-NT-011", "2021-RG-007");
        Ids(cases.DecidedBetween(new LocalDate(2021, 2, 27), new LocalDate(2021, 5, 9))).Should().BeEmpty();
        Ids(cases.Where(c => c.IsTypicalCase && c.NoticeBatch == "2021年第3批")).Should().Equal("2021-RG-007");
        cases.Where(c => c.IsTypicalCase).OrderBy(c => c.DecidedOn).Select(c => c.Id).ToList().Should().Equal("2021-NT-011", "2021-RG-007");

        // Each filter is part of the SQL, not evaluated on the client.
        cases.InvolvingUnit(new OrgUnitId("HM")).ToQueryString().Should().Contain("WHERE").And.Contain(CaseSubjectColumnName.Units);
        cases.DecidedBetween(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)).ToQueryString().Should().Contain("WHERE").And.Contain("\"DecidedOn\"");
        cases.Where(c => c.IsTypicalCase).ToQueryString().Should().Contain("WHERE").And.Contain("\"IsTypicalCase\"");
    }

    private static void SubjectColumnsFollowUpdates(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "casesubjects");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(OpenCase());
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var stored = context.Set<AccountabilityCase>().Single();
            context.Replace(stored, stored with
            {
                Cadres = [new AccountableCadre { Person = new PersonId("P-HM9"), Unit = new OrgUnitId("HM-T3"), Role = CadreRole.TeamMember }],
            });
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var cases = context.Set<AccountabilityCase>().AsNoTracking();
            Ids(cases.InvolvingUnit(new OrgUnitId("HM-T3"))).Should().Equal("2021-HM-002");
            Ids(cases.InvolvingUnit(new OrgUnitId("HM"))).Should().BeEmpty();
            Ids(cases.InvolvingPerson(new PersonId("P-HM1"))).Should().BeEmpty();
            Ids(cases.InvolvingPerson(new PersonId("P-HM9"))).Should().Equal("2021-HM-002");
        }
    }

    private static void PackVersionsRoundTrip(DatabaseKind kind)
    {
        var version = RegulationPackVersion.From(RegulationPackCatalog.CreateDefault(), LocalPack, 1);
        version.PackId.Should().Be("JS-2020");
        version.Extends.Should().Be("ARR2019-default");
        using var database = TestDatabase.Create(kind, "packs");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(version);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<RegulationPackVersion>().AsNoTracking().Single(v => v.RegulationVersion == "ARR2019");
            loaded.Should().Be(version);
            var catalog = RegulationPackCatalog.CreateDefault();
            var pack = loaded.LoadInto(catalog);
            pack.Id.Should().Be("JS-2020");
            catalog.For("ARR2019").Id.Should().Be("JS-2020");
            pack.InfluencePeriods.Should().Contain(p => p.Id == "influence.admonishment.promotionBan" && p.Months == 12);
        }
    }

    private static List<string> Ids(IQueryable<AccountabilityCase> query) => [.. query.OrderBy(c => c.Id).Select(c => c.Id)];

    private static class CaseSubjectColumnName
    {
        public const string Units = "SubjectUnitIds";
    }
}
