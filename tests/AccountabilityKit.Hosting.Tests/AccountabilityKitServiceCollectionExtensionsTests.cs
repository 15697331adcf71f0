using AccountabilityKit.Accountability;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Checklists;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Hosting.Tests.TestSupport;
using AccountabilityKit.Statistics;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.Hosting.Tests;

public sealed class AccountabilityKitServiceCollectionExtensionsTests
{
    private static ServiceProvider Everything(CapturingLoggerProvider? logs = null) =>
        Hosts.Build(
            kit => kit
                .AddRegulationCatalog()
                .AddRuleSets(o => o.RuleSetJson.Add(Fixtures.RuleSetNode().ToJsonString()))
                .AddNearDuplicateDetection(o => o.Similarity = o.Similarity with { ListThreshold = 0.7m })
                .AddStatistics(o => o.FactTable = FactTableOptions.WithoutCaseAndPerson),
            logs);

    [Fact]
    public void AddAccountabilityKit_Everything_ResolvesEveryService()
    {
        using var provider = Everything();

        Hosts.Start(provider);

        provider.GetRequiredService<RegulationPackCatalog>().For("ARR2019").Should().BeSameAs(BuiltInRegulationPacks.Arr2019);
        provider.GetRequiredService<RuleSetRegistry>().ScorerFor("test").RuleSet.Version.Should().Be("1");
        provider.GetRequiredService<AssessmentCalendar>().CurrentQuarter.Should().Be(Fixtures.Q2);
        provider.GetRequiredService<QuarterScoring>().Registry.Should().BeSameAs(provider.GetRequiredService<RuleSetRegistry>());
        provider.GetRequiredService<NearDuplicateDetector>().Options.ListThreshold.Should().Be(0.7m);
        provider.GetRequiredService<NearDuplicateDetection>().Detector.Should().BeSameAs(provider.GetRequiredService<NearDuplicateDetector>());
        provider.GetRequiredService<StatisticsAggregation>().CreateFactTable().Stores(FactField.Case).Should().BeFalse();
        provider.GetRequiredService<HistoryVerification>().Should().BeSameAs(provider.GetRequiredService<HistoryVerification>(), "it is a singleton");
    }

    [Fact]
    public void AddAccountabilityKit_Singletons_AreOneInstanceEach()
    {
        using var provider = Everything();

        provider.GetRequiredService<RegulationPackCatalog>().Should().BeSameAs(provider.GetRequiredService<RegulationPackCatalog>());
        provider.GetRequiredService<RuleSetRegistry>().Should().BeSameAs(provider.GetRequiredService<RuleSetRegistry>());
        provider.GetRequiredService<StatisticsAggregation>().Should().BeSameAs(provider.GetRequiredService<StatisticsAggregation>());
    }

    [Fact]
    public void AddAccountabilityKit_CalledTwice_RegistersOnceAndAddsBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Fixtures.Clock).AddSingleton(Fixtures.Tree);
        services.AddAccountabilityKit(kit => kit.AddRuleSets(o => o.RuleSetJson.Add(Fixtures.RuleSetNode().ToJsonString())));
        var second = Fixtures.RuleSetNode();
        second["id"] = "second";
        services.AddAccountabilityKit(kit => kit.AddRuleSets(o => o.RuleSetJson.Add(second.ToJsonString())));

        using var provider = services.BuildServiceProvider();

        services.Count(d => d.ServiceType == typeof(RuleSetRegistry)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<RuleSetOptions>)).Should().Be(1);
        provider.GetRequiredService<RuleSetRegistry>().RuleSets.Select(r => r.Id).Should().Equal("second", "test");
    }

    [Fact]
    public void AddAccountabilityKit_NothingAdded_RegistersOnlyHistoryVerification()
    {
        using var provider = Hosts.Build(_ => { });

        Hosts.Start(provider);

        provider.GetService<HistoryVerification>().Should().NotBeNull();
        provider.GetService<RuleSetRegistry>().Should().BeNull();
        provider.GetService<RegulationPackCatalog>().Should().BeNull();
    }

    [Fact]
    public void Start_InvalidSimilarity_FailsWithCL070()
    {
        using var provider = Hosts.Build(kit => kit.AddNearDuplicateDetection(o => o.Similarity = o.Similarity with { NGramSize = 0, ListThreshold = 2m }));

        var start = () => Hosts.Start(provider);

        var failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.OptionsType.Should().Be<NearDuplicateDetectionOptions>();
        failure.Failures.Should().HaveCount(2).And.OnlyContain(f => f.Contains(ChecklistsIssueCodes.InvalidSimilarityOptions, StringComparison.Ordinal));
        failure.Failures.Should().Contain(f => f.Contains("$.nGramSize", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_NullSimilarity_FailsWithHO002()
    {
        using var provider = Hosts.Build(kit => kit.AddNearDuplicateDetection(o => o.Similarity = null!));

        var start = () => Hosts.Start(provider);

        start.Should().Throw<OptionsValidationException>().Which.Failures
            .Should().ContainSingle().Which.Should().Contain(HostingIssueCodes.OptionMissing).And.Contain("$.similarity");
    }

    [Fact]
    public void Start_FactTableWithANumericAndADuplicateColumn_FailsWithST005AndST004()
    {
        using var provider = Hosts.Build(kit => kit.AddStatistics(o => o.FactTable = new FactTableOptions { Dimensions = [FactField.Unit, FactField.Cases, FactField.Unit] }));

        var start = () => Hosts.Start(provider);

        var failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.OptionsType.Should().Be<StatisticsOptions>();
        failure.Failures.Should().SatisfyRespectively(
            f => f.Should().Contain(StatisticsIssueCodes.NotADimension).And.Contain("$.factTable.dimensions[1]"),
            f => f.Should().Contain(StatisticsIssueCodes.DuplicateDimension).And.Contain("$.factTable.dimensions[2]"));
    }

    [Fact]
    public void Start_MissingRegulationPackFile_FailsWithHO001()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"akit-missing-{Guid.NewGuid():N}.json");
        using var provider = Hosts.Build(kit => kit.AddRegulationCatalog(o => o.PackFiles.Add(missing)));

        var start = () => Hosts.Start(provider);

        var failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.OptionsType.Should().Be<RegulationCatalogOptions>();
        failure.Failures.Should().ContainSingle().Which.Should().StartWith(missing).And.Contain(HostingIssueCodes.FileUnreadable);
    }

    [Fact]
    public void Start_InvalidRegulationPack_FailsWithItsAccountabilityCodes()
    {
        using var provider = Hosts.Build(kit => kit.AddRegulationCatalog(o => o.PackJson.Add("""{ "formatVersion": 99 }""")));

        var start = () => Hosts.Start(provider);

        var failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.OptionsType.Should().Be<RegulationCatalogOptions>();
        failure.Failures.Should().NotBeEmpty().And.OnlyContain(f => f.StartsWith("packJson[0]", StringComparison.Ordinal));
        failure.Failures.Should().Contain(f => f.Contains("AC0", StringComparison.Ordinal) || f.Contains("AK0", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_SeveralInvalidOptions_ReportsEachOptionsType()
    {
        using var provider = Hosts.Build(kit => kit
            .AddNearDuplicateDetection(o => o.Similarity = o.Similarity with { Bands = 0 })
            .AddStatistics(o => o.FactTable = new FactTableOptions { Dimensions = [FactField.Cases] }));

        var start = () => Hosts.Start(provider);

        start.Should().Throw<AggregateException>().Which.InnerExceptions
            .Should().AllBeOfType<OptionsValidationException>()
            .And.Subject.Cast<OptionsValidationException>().Select(e => e.OptionsType)
            .Should().BeEquivalentTo([typeof(NearDuplicateDetectionOptions), typeof(StatisticsOptions)]);
    }

    private const string LocalPack = """
        {
          "formatVersion": 1,
          "id": "JS-2020",
          "regulationVersion": "ARR2019",
          "title": "某省问责条例实施办法",
          "extends": "ARR2019-default",
          "timeLimits": [
            { "id": "timeLimit.delivery", "step": "delivery", "from": "decision", "months": 0, "days": 15, "citation": "ARR2019 Art. 13", "status": "verified" }
          ]
        }
        """;

    [Fact]
    public void AddRegulationCatalog_LocalPackFile_ExtendsTheDefaultAndIsInForce()
    {
        var file = Path.Combine(Path.GetTempPath(), $"akit-pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, LocalPack);
        try
        {
            var logs = new CapturingLoggerProvider();
            using var provider = Hosts.Build(kit => kit.AddRegulationCatalog(o => o.PackFiles.Add(file)), logs);

            Hosts.Start(provider);
            var catalog = provider.GetRequiredService<RegulationPackCatalog>();

            catalog.For("ARR2019").Id.Should().Be("JS-2020");
            catalog.For("ARR2016").Should().BeSameAs(BuiltInRegulationPacks.Arr2016);
            logs.Events.Where(e => e.EventId.Id == 1001).Select(e => e.Properties["packId"]).Should().Contain("JS-2020");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AddRegulationCatalog_WithoutDefaults_LocalPackCannotExtendAndFailsWithAC007()
    {
        using var provider = Hosts.Build(kit => kit.AddRegulationCatalog(o =>
        {
            o.IncludeDefaults = false;
            o.PackJson.Add(LocalPack);
        }));

        var start = () => Hosts.Start(provider);

        start.Should().Throw<OptionsValidationException>().Which.Failures
            .Should().Contain(f => f.Contains(AccountabilityIssueCodes.UnknownBasePack, StringComparison.Ordinal) && f.Contains("$.extends", StringComparison.Ordinal));
    }
}
