using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Citations;
using AccountabilityKit.Validation;
using CsCheck;

namespace AccountabilityKit.Accountability.Tests.Decisions;

public class DecisionSupportTests
{
    private static readonly RegulationPack Pack = BuiltInRegulationPacks.Arr2019;
    private static readonly Circumstance[] Item10 = [Circumstance.PeoplesLivelihoodMisconduct];

    private static FormRecommendation Recommend(SubjectKind subject, HarmLevel harm, params ModifierKind[] modifiers) =>
        DecisionSupport.Recommend(Pack, subject, harm, Item10, modifiers);

    [Theory]
    [InlineData(HarmLevel.General, new[] { AccountabilityForm.CirculatedNotice, AccountabilityForm.Admonishment })]
    [InlineData(HarmLevel.FairlySerious, new[] { AccountabilityForm.OrganizationalAdjustment })]
    [InlineData(HarmLevel.Serious, new[] { AccountabilityForm.DisciplinarySanction })]
    public void Art8_CadreBaseRange_FollowsTheHarmLevel(HarmLevel harm, AccountabilityForm[] expected)
    {
        Recommend(SubjectKind.Cadre, harm).Forms.Select(f => f.Form).Should().Equal(expected);
    }

    [Fact]
    public void Art8_OrganizationFairlySeriousHarm_StaysAtCirculatedNotice()
    {
        Recommend(SubjectKind.Organization, HarmLevel.FairlySerious).Forms.Select(f => f.Form).Should().Equal(AccountabilityForm.CirculatedNotice);
    }

    [Fact]
    public void Art18_Mitigating_KeepsTheLighterEnd_WithCitation()
    {
        var result = Recommend(SubjectKind.Cadre, HarmLevel.General, ModifierKind.Mitigating);

        result.Forms.Select(f => f.Form).Should().Equal(AccountabilityForm.CirculatedNotice);
        var step = result.Steps[^1];
        step.Citation.Should().Be(Citation.Parse("ARR2019 Art. 18"));
        step.Status.Should().Be(VerificationStatus.PartlyVerified);
        step.RuleId.Should().Be("modifier.mitigating");
    }

    [Fact]
    public void Art19_Increased_ShiftsOneStepHeavier()
    {
        var result = Recommend(SubjectKind.Cadre, HarmLevel.FairlySerious, ModifierKind.Increased);

        result.Forms.Select(f => f.Form).Should().Equal(AccountabilityForm.DisciplinarySanction);
        result.Steps.Should().Contain(s => s.Citation == Citation.Parse("ARR2019 Art. 19") && s.Status == VerificationStatus.Unverified);
    }

    [Fact]
    public void Art18_Reduced_ShiftsOneStepLighter()
    {
        Recommend(SubjectKind.Cadre, HarmLevel.Serious, ModifierKind.Reduced).Forms.Select(f => f.Form)
            .Should().Equal(AccountabilityForm.OrganizationalAdjustment);
    }

    [Fact]
    public void Art17_Exempted_LeavesNoForm()
    {
        var result = Recommend(SubjectKind.Cadre, HarmLevel.Serious, ModifierKind.Exempted);

        result.IsEmpty.Should().BeTrue();
        result.Low.Should().Be(-1);
        result.Steps[^1].Citation.Should().Be(Citation.Parse("ARR2019 Art. 17"));
    }

    [Fact]
    public void Recommend_ExplainsEveryStep_WithCircumstanceAndResponsibility()
    {
        var result = DecisionSupport.Recommend(Pack, SubjectKind.Cadre, HarmLevel.General, Item10, [ModifierKind.Aggravating], LeadershipResponsibility.PrimaryLeadership);

        result.Steps.Select(s => s.Citation.ToString()).Should().Equal("ARR2019 Art. 7 item 10", "ARR2019 Art. 6", "ARR2019 Art. 8", "ARR2019 Art. 19");
        result.Forms.Select(f => f.Form).Should().Equal(AccountabilityForm.Admonishment);
    }

    [Fact]
    public void Recommend_NoCircumstance_OrOneUnknownToThePack_Throws()
    {
        var none = () => DecisionSupport.Recommend(Pack, SubjectKind.Cadre, HarmLevel.General, [], []);
        var old = () => DecisionSupport.Recommend(BuiltInRegulationPacks.Arr2016, SubjectKind.Cadre, HarmLevel.General, [Circumstance.MajorIncidentInRemit], []);

        none.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((AccountabilityIssueCodes.MissingCircumstance, "circumstances"));
        old.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((AccountabilityIssueCodes.MissingCircumstance, "circumstances[0]"));
    }

    [Fact]
    public void Recommend_UndefinedSubjectKindOrHarm_IsATypedError()
    {
        var subject = () => DecisionSupport.Recommend(Pack, (SubjectKind)7, HarmLevel.General, Item10, []);
        var harm = () => DecisionSupport.Recommend(Pack, SubjectKind.Cadre, (HarmLevel)7, Item10, []);

        subject.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((AccountabilityIssueCodes.InvalidValue, "subjectKind"));
        harm.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((VocabularyIssueCodes.UndefinedEnumValue, "harm"));
    }

    private static (int Low, int High) Range(FormRecommendation r) => (r.Low, r.High);

    private static readonly Gen<(SubjectKind Subject, HarmLevel Harm, ModifierKind[] Modifiers)> Inputs =
        Gen.Select(Gen.Enum<SubjectKind>(), Gen.Enum<HarmLevel>(), Gen.Enum<ModifierKind>().Array[0, 4]);

    [Fact]
    public void Property_Mitigation_NeverYieldsAHeavierRange()
    {
        Gen.Select(Inputs, Gen.OneOfConst(ModifierKind.Mitigating, ModifierKind.Reduced, ModifierKind.Exempted, ModifierKind.NotPursued)).Sample((input, mitigation) =>
        {
            var before = Range(Recommend(input.Subject, input.Harm, input.Modifiers));
            var after = Range(Recommend(input.Subject, input.Harm, [.. input.Modifiers, mitigation]));
            return after.Low <= before.Low && after.High <= before.High;
        });
    }

    [Fact]
    public void Property_Aggravation_NeverYieldsALighterRange()
    {
        Gen.Select(Inputs, Gen.OneOfConst(ModifierKind.Aggravating, ModifierKind.Increased)).Sample((input, aggravation) =>
        {
            var before = Range(Recommend(input.Subject, input.Harm, input.Modifiers));
            var after = Range(Recommend(input.Subject, input.Harm, [.. input.Modifiers, aggravation]));
            return after.Low >= before.Low && after.High >= before.High;
        });
    }

    [Fact]
    public void Property_Range_IsContiguousLightToHeavy()
    {
        Inputs.Sample(input =>
        {
            var result = Recommend(input.Subject, input.Harm, input.Modifiers);
            return result.IsEmpty || result.Forms.Select(f => f.Severity).SequenceEqual(Enumerable.Range(result.Forms[0].Severity, result.Forms.Length));
        });
    }
}
