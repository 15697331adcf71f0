using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Effects;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Procedure;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.Packs;

public class RegulationPackCatalogTests
{
    private const string Local = """
        {
          "formatVersion": 1,
          "id": "JS-2020",
          "regulationVersion": "ARR2019",
          "title": "某省问责条例实施办法",
          "extends": "ARR2019-default",
          "influencePeriods": [
            { "id": "influence.admonishment.promotionBan", "form": "admonishment", "effect": "promotionBan", "months": 12,
              "citation": "ARR2019 Art. 8", "status": "verified", "note": "provincial rule" }
          ],
          "timeLimits": [
            { "id": "timeLimit.delivery", "step": "delivery", "from": "decision", "months": 0, "days": 15, "citation": "ARR2019 Art. 13", "status": "verified" }
          ]
        }
        """;

    private static string Pack(string id, string version = "ARR2019", string? extends = null, string forms = "[]", int formatVersion = 1) => $$"""
        { "formatVersion": {{formatVersion}}, "id": "{{id}}", "regulationVersion": "{{version}}", "title": "test",
          {{(extends is null ? "" : $"\"extends\": \"{extends}\",")}}
          "forms": {{forms}} }
        """;

    private const string OneForm = """[{ "id": "f1", "subjectKind": "cadre", "form": "admonishment", "severity": 1, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" }]""";

    [Fact]
    public void CreateDefault_Art8_OrdersFormsLightToHeavyPerSubjectKind()
    {
        var pack = RegulationPackCatalog.CreateDefault().For("ARR2019");

        pack.FormsFor(SubjectKind.Organization).Select(f => f.Form).Should().Equal(
            AccountabilityForm.WrittenExamination, AccountabilityForm.CirculatedNotice, AccountabilityForm.Reorganization);
        pack.FormsFor(SubjectKind.Cadre).Select(f => f.Form).Should().Equal(
            AccountabilityForm.CirculatedNotice, AccountabilityForm.Admonishment, AccountabilityForm.OrganizationalAdjustment, AccountabilityForm.DisciplinarySanction);
        pack.FormsFor(SubjectKind.Cadre).Should().OnlyContain(f => f.Citation == Citation.Parse("ARR2019 Art. 8"));
    }

    [Fact]
    public void Default2019_EveryEntry_HasAKnownCitationAndUniqueId()
    {
        var pack = BuiltInRegulationPacks.Arr2019;

        pack.Entries.Should().HaveCountGreaterThan(80);
        pack.Entries.Should().OnlyContain(e => RegulationRegistry.Default.Contains(e.Citation.RegulationKey));
        pack.Entries.GroupBy(e => (e.GetType(), e.Id)).Should().OnlyContain(g => g.Count() == 1);
        pack.Circumstances.Should().HaveCount(11);
    }

    [Fact]
    public void DefaultPacks_EveryEntry_HasACitationAndAChineseLabel()
    {
        foreach (var pack in new[] { BuiltInRegulationPacks.Arr2019, BuiltInRegulationPacks.Arr2016 })
        {
            pack.Entries.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.ChineseLabel) && e.Citation.Article > 0, pack.Id);
        }

        BuiltInRegulationPacks.Arr2019.Forms[3].ChineseLabel.Should().Be("党的领导干部：通报");
        BuiltInRegulationPacks.Arr2019.InfluencePeriods.Single(p => p.Id == "influence.warning.promotionBan").ChineseLabel.Should().Be("警告：不得提拔或者进一步使用");
    }

    [Fact]
    public void Default2019_UnverifiedDigestItems_ShipFlaggedConfirmLocally()
    {
        var pack = BuiltInRegulationPacks.Arr2019;

        pack.TryGetTimeLimit(ProcedureStep.Appeal, out var appeal).Should().BeTrue();
        appeal!.Status.Should().Be(VerificationStatus.Unverified);
        appeal.NeedsLocalConfirmation.Should().BeTrue();
        var admonishment = pack.InfluencePeriodsFor(AccountabilityForm.Admonishment, null, null).Single(p => p.Effect == EffectKind.PromotionBan);
        admonishment.Months.Should().Be(6);
        admonishment.Status.Should().Be(VerificationStatus.PartlyVerified);
        var warning = pack.InfluencePeriodsFor(AccountabilityForm.DisciplinarySanction, null, DisciplinarySanction.Warning).Single();
        warning.Citation.Should().Be(Citation.Parse("DPR2023 Art. 10"));
        warning.NeedsLocalConfirmation.Should().BeFalse();
    }

    [Fact]
    public void ForDate_Before2019Text_UsesThe2016Numbering()
    {
        var catalog = RegulationPackCatalog.CreateDefault();

        var old = catalog.ForDate(new LocalDate(2018, 6, 30));
        var current = catalog.ForDate(new LocalDate(2019, 9, 1));

        old.RegulationVersion.Should().Be("ARR2016");
        old.FormsFor(SubjectKind.Cadre).Should().OnlyContain(f => f.Citation == Citation.Parse("ARR2016 Art. 7"));
        old.TryGetCircumstance(Circumstance.MajorIncidentInRemit, out _).Should().BeFalse("item 9 is new in 2019");
        current.RegulationVersion.Should().Be("ARR2019");
    }

    [Fact]
    public void LoadThenAdd_LocalPack_OverridesByIdAndExtends()
    {
        var catalog = RegulationPackCatalog.CreateDefault();

        RegulationPackJson.TryLoad(Local, out var pack, out var report, catalog).Should().BeTrue(report.ToString(MessageCatalog.English));
        catalog.For("ARR2019").Id.Should().Be("ARR2019-default", "a loaded pack is in force only once added");
        catalog.Add(pack!);

        catalog.For("ARR2019").Should().BeSameAs(pack);
        pack!.Extends.Should().Be("ARR2019-default");
        pack.InfluencePeriodsFor(AccountabilityForm.Admonishment, null, null).Single(p => p.Effect == EffectKind.PromotionBan).Months.Should().Be(12);
        pack.TryGetTimeLimit(ProcedureStep.Delivery, out var delivery).Should().BeTrue();
        delivery!.Days.Should().Be(15);
        pack.FormsFor(SubjectKind.Cadre).Should().HaveCount(4, "the base entries that are not overridden stay");
        pack.InfluencePeriods.Should().HaveCount(BuiltInRegulationPacks.Arr2019.InfluencePeriods.Length);
        catalog.For("ARR2016").Id.Should().Be("ARR2016-default");
    }

    [Fact]
    public void TryLoad_UnknownForm_ReportsPathAndKeepsPreviousPack()
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        var json = Local.Replace("\"form\": \"admonishment\"", "\"form\": \"publicFlogging\"", StringComparison.Ordinal);

        RegulationPackJson.TryLoad(json, out var pack, out var report, catalog).Should().BeFalse();

        pack.Should().BeNull();
        report.ShouldHaveExactly((VocabularyIssueCodes.InvalidJsonValue, "$.influencePeriods[0].form"));
        catalog.For("ARR2019").Id.Should().Be("ARR2019-default");
    }

    [Fact]
    public void TryLoad_MissingCitation_ReportsAC003WithPath()
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        var json = Pack("X", extends: "ARR2019-default", forms: OneForm.Replace("\"citation\": \"ARR2019 Art. 8\", ", "", StringComparison.Ordinal));

        RegulationPackJson.TryLoad(json, out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly((AccountabilityIssueCodes.MissingCitation, "$.forms[0].citation"));
        catalog.TryGet("X", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("ARR2019 Article 8")]
    [InlineData("XYZ2000 Art. 8")]
    public void TryLoad_BadCitation_ReportsAC004WithPath(string citation)
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        var json = Pack("X", extends: "ARR2019-default", forms: OneForm.Replace("ARR2019 Art. 8", citation, StringComparison.Ordinal));

        RegulationPackJson.TryLoad(json, out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly((AccountabilityIssueCodes.InvalidCitation, "$.forms[0].citation"));
    }

    [Fact]
    public void TryLoad_SelfOverride_ReportsCycle()
    {
        var catalog = RegulationPackCatalog.CreateDefault();

        RegulationPackJson.TryLoad(Pack("X", extends: "X"), out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly((AccountabilityIssueCodes.CyclicOverride, "$.extends"));
    }

    [Fact]
    public void TryLoad_CyclicOverrideThroughAnotherPack_IsRejectedAndPreviousStaysInForce()
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        var a = RegulationPackJson.Load(Pack("A", extends: "ARR2019-default"), catalog);
        catalog.Add(a);
        catalog.Add(RegulationPackJson.Load(Pack("B", extends: "A"), catalog));

        RegulationPackJson.TryLoad(Pack("A", extends: "B"), out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly((AccountabilityIssueCodes.CyclicOverride, "$.extends"));
        catalog.TryGet("A", out var stillA).Should().BeTrue();
        stillA.Should().BeSameAs(a);
        catalog.For("ARR2019").Id.Should().Be("B");
    }

    [Fact]
    public void TryLoad_WrongVersions_AreTypedErrors()
    {
        var catalog = RegulationPackCatalog.CreateDefault();

        RegulationPackJson.TryLoad(Pack("X", version: "ARR2030", forms: OneForm, formatVersion: 2), out _, out var report, catalog).Should().BeFalse();
        report.ShouldHaveExactly(
            (AccountabilityIssueCodes.UnsupportedFormatVersion, "$.formatVersion"),
            (AccountabilityIssueCodes.UnknownRegulationVersion, "$.regulationVersion"));

        RegulationPackJson.TryLoad(Pack("Y", version: "ARR2019", extends: "ARR2016-default"), out _, out var mismatch, catalog).Should().BeFalse();
        mismatch.ShouldHaveExactly((AccountabilityIssueCodes.BaseVersionMismatch, "$.extends"));

        RegulationPackJson.TryLoad(Pack("Z", extends: "nowhere"), out _, out var unknown, catalog).Should().BeFalse();
        unknown.ShouldHaveExactly((AccountabilityIssueCodes.UnknownBasePack, "$.extends"));
        catalog.For("ARR2019").Id.Should().Be("ARR2019-default");
    }

    [Fact]
    public void TryLoad_SeveralProblems_AreAllReportedAtOnce()
    {
        var catalog = RegulationPackCatalog.CreateEmpty();
        const string forms = """
            [
              { "id": "f1", "subjectKind": "organization", "form": "admonishment", "severity": 1, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" },
              { "id": "f1", "subjectKind": "cadre", "form": "circulatedNotice", "severity": 0, "harm": "general", "status": "verified" }
            ]
            """;

        RegulationPackJson.TryLoad(Pack("bad id!", forms: forms), out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly(
            (AccountabilityIssueCodes.InvalidPackId, "$.id"),
            (AccountabilityIssueCodes.InconsistentForm, "$.forms[0].form"),
            (AccountabilityIssueCodes.DuplicateEntryId, "$.forms[1].id"),
            (AccountabilityIssueCodes.MissingCitation, "$.forms[1].citation"),
            (AccountabilityIssueCodes.NumberOutOfRange, "$.forms[1].severity"));
        catalog.Packs.Should().BeEmpty();
    }

    [Fact]
    public void TryLoad_NullEntry_IsRefusedOnReadWithItsPath()
    {
        var catalog = RegulationPackCatalog.CreateEmpty();
        const string forms = """
            [ { "id": "f1", "subjectKind": "cadre", "form": "circulatedNotice", "severity": 1, "harm": "general", "citation": "ARR2019 Art. 8", "status": "verified" }, null ]
            """;

        RegulationPackJson.TryLoad(Pack("p1", forms: forms), out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly((VocabularyIssueCodes.NullJsonValue, "$.forms[1]"));
    }

    [Fact]
    public void TryLoad_BasePackWithoutForms_AndBadNumbers_AreReported()
    {
        var catalog = RegulationPackCatalog.CreateEmpty();
        const string json = """
            { "formatVersion": 1, "id": "base", "regulationVersion": "ARR2019", "title": " ",
              "authorities": [ { "id": "a", "authorityKind": "partyCommittee", "subjectKind": "organization", "form": "admonishment", "power": "decide", "citation": "ARR2019 Art. 12", "status": "verified" } ],
              "timeLimits": [ { "id": "t", "step": "appeal", "from": "delivery", "months": 0, "days": 0, "citation": "ARR2019 Art. 16", "status": "unverified" } ],
              "influencePeriods": [ { "id": "i", "form": "admonishment", "sanction": "warning", "effect": "promotionBan", "months": 300, "citation": "DPR2023 Art. 10", "status": "verified" } ] }
            """;

        RegulationPackJson.TryLoad(json, out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly(
            (VocabularyIssueCodes.EmptyName, "$.title"),
            (AccountabilityIssueCodes.InconsistentForm, "$.authorities[0].form"),
            (AccountabilityIssueCodes.NumberOutOfRange, "$.timeLimits[0].months"),
            (AccountabilityIssueCodes.NumberOutOfRange, "$.influencePeriods[0].months"),
            (AccountabilityIssueCodes.FormKindMismatch, "$.influencePeriods[0].sanction"),
            (AccountabilityIssueCodes.InconsistentForm, "$.forms"));
    }

    [Fact]
    public void TryLoad_UnknownProperty_IsRejectedWithPath()
    {
        var catalog = RegulationPackCatalog.CreateDefault();
        var json = Local.Replace("\"title\"", "\"override\": true, \"title\"", StringComparison.Ordinal);

        RegulationPackJson.TryLoad(json, out _, out var report, catalog).Should().BeFalse();

        report.ShouldHaveExactly((VocabularyIssueCodes.UnknownJsonProperty, "$.override"));
    }

    [Fact]
    public void Load_Invalid_ThrowsValidationFailedException()
    {
        var act = () => RegulationPackJson.Load("{ not json");

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle(i => i.Code == VocabularyIssueCodes.MalformedJson);
    }

    [Fact]
    public void For_UnknownVersion_ThrowsAC002()
    {
        var act = () => RegulationPackCatalog.CreateEmpty().For("ARR2019");

        act.Should().Throw<ValidationFailedException>().Which.Report.Contains(AccountabilityIssueCodes.UnknownRegulationVersion).Should().BeTrue();
    }

    [Fact]
    public void EmbeddedPacks_AreValidDocumentsOfTheSchemaShape()
    {
        var node = JsonNode.Parse(BuiltInRegulationPacks.Json("ARR2019"))!;

        node["regulationVersion"]!.GetValue<string>().Should().Be("ARR2019");
        node["forms"]!.AsArray().Should().HaveCount(7);
    }
}
