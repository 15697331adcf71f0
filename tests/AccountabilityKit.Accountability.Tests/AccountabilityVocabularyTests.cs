using System.Reflection;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Tests;

public class AccountabilityVocabularyTests
{
    private static readonly Assembly Package = typeof(AccountabilityForm).Assembly;

    [Fact]
    public void Labels_EveryPublicEnumMember_HasChineseAndEnglishLabels()
    {
        Labels.FindUnlabelled(Package).Should().BeEmpty();
    }

    [Fact]
    public void Cites_EveryPublicEnumMember_CitesAKnownArticle()
    {
        var problems = new List<string>();
        foreach (var type in Package.GetExportedTypes().Where(t => t.IsEnum))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var cites = field.GetCustomAttribute<CitesAttribute>();
                if (cites is null || !Citation.TryParse(cites.CitationText, out var citation) || !RegulationRegistry.Default.Contains(citation.RegulationKey))
                {
                    problems.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Labels_AccountabilityForm_AreTheGlossaryTerms()
    {
        Labels.Of(AccountabilityForm.Admonishment, "zh-CN").Should().Be("诫勉");
        Labels.Of(AccountabilityForm.Reorganization, "zh-CN").Should().Be("改组");
        Labels.Of(OrganizationalAdjustmentKind.OrderedResignation, "zh-CN").Should().Be("责令辞职");
        Labels.Of(DisciplinarySanction.ProbationWithinParty, "zh-CN").Should().Be("留党察看");
    }

    [Fact]
    public void Circumstance_Art7_HasElevenItemsCitedInOrder()
    {
        var items = Enum.GetValues<Circumstance>()
            .Select(c => typeof(Circumstance).GetField(c.ToString())!.GetCustomAttribute<CitesAttribute>()!.Citation)
            .ToList();

        items.Should().HaveCount(11);
        items.Select(c => c.Item).Should().Equal(Enumerable.Range(1, 11).Cast<int?>());
        items.Should().OnlyContain(c => c.RegulationKey == RegulationKeys.AccountabilityRegulations2019 && c.Article == 7);
    }

    [Fact]
    public void Cites_UnverifiedDigestItems_AreFlagged()
    {
        static VerificationStatus StatusOf(Circumstance c) =>
            typeof(Circumstance).GetField(c.ToString())!.GetCustomAttribute<CitesAttribute>()!.Status;

        StatusOf(Circumstance.MajorIncidentInRemit).Should().Be(VerificationStatus.Verified);
        StatusOf(Circumstance.IdeologicalBuildingLacking).Should().Be(VerificationStatus.Unverified);
        StatusOf(Circumstance.OtherDerelictionOfDuty).Should().Be(VerificationStatus.PartlyVerified);
    }
}
