using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AccountabilityKit.AspNetCore.Computation;

/// <summary>The stateless accountability (问责) endpoints: case validation and decision support.</summary>
internal static class AccountabilityEndpoints
{
    private const string Tag = "Accountability";
    private const string CasePath = "$.case";
    private const string PackPath = "$.pack";

    private static readonly Lazy<RegulationPackCatalog> DefaultPacks = new(RegulationPackCatalog.CreateDefault);

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/accountability/cases/validate", (Func<HttpContext, Task<IResult>>)ValidateCaseAsync)
            .WithName("ValidateAccountabilityCase")
            .WithTags(Tag)
            .WithSummary("Validate an accountability case against its regulation pack")
            .WithDescription("Body: {\"case\": <AccountabilityCase document>, \"pack\"?: <RegulationPack document>}. Reads the case strictly and checks it with AccountabilityRules.Validate against the posted pack, or the shipped pack of the case's regulation version (else the one in force on its decision or start date). The answer is 200 whether or not the rules accept the case: isValid, every issue (code, path under $.case, citation, message) and, for a valid case, each subject's Art. 6 responsibility and the decision-support range of forms with its cited steps. A body or document that cannot be read is a 400 problem listing every issue.")
            .Accepts<CaseValidationRequest>("application/json")
            .Produces<CaseValidationResponse>()
            .Produces<ProblemResponse>(StatusCodes.Status400BadRequest, KitProblems.ContentType)
            .Produces<ProblemResponse>(StatusCodes.Status413PayloadTooLarge, KitProblems.ContentType);
    }

    private static async Task<IResult> ValidateCaseAsync(HttpContext context)
    {
        var request = await HttpBody.ReadAsync<CaseValidationRequest>(context).ConfigureAwait(false);
        var issues = new List<ValidationIssue>();
        NestedDocument.TryLoad<AccountabilityCase>(context, request.Case, CasePath, "AccountabilityCase", AccountabilityCaseJson.TryLoad, issues, out var @case);
        var pack = OptionalPack(context, request.Pack, PackPath, issues);
        NestedDocument.ThrowIfErrors(issues);
        pack ??= DefaultPackFor(@case!);

        var culture = KitProblems.CultureOf(context);
        var report = AccountabilityRules.Validate(@case!, pack);
        var subjects = report.IsValid ? Subjects(@case!, pack, culture) : [];
        return new KitJsonResult<CaseValidationResponse>(new CaseValidationResponse(
            @case!.Id,
            report.IsValid,
            pack.Id,
            pack.RegulationVersion,
            IssueResponse.FromAll(report.Under(CasePath).Issues, culture),
            subjects));
    }

    /// <summary>The posted pack, or null when the property is absent (its issues, if any, are added under <paramref name="path"/>).</summary>
    internal static RegulationPack? OptionalPack(HttpContext context, System.Text.Json.JsonElement element, string path, List<ValidationIssue> issues)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Undefined)
        {
            return null;
        }

        return NestedDocument.TryLoad<RegulationPack>(context, element, path, "RegulationPack", RegulationPackJson.TryLoad, issues, out var pack) ? pack : null;
    }

    /// <summary>The shipped pack a case is judged by; a regulation version no shipped pack has is a 400 under <c>$.case.regulationVersion</c>.</summary>
    private static RegulationPack DefaultPackFor(AccountabilityCase @case)
    {
        try
        {
            return AccountabilityRules.PackFor(@case, DefaultPacks.Value);
        }
        catch (ValidationFailedException e)
        {
            throw new ValidationFailedException(ValidationReport.From(e.Report.Issues.Select(static i => i.Code == Accountability.AccountabilityIssueCodes.UnknownRegulationVersion
                ? new ValidationIssue(i.Code, i.Severity, CasePath + ".regulationVersion", i.Text, i.Citation)
                : i.Under(CasePath))));
        }
    }

    /// <summary>The shipped pack of <paramref name="version"/>, or the ARR2019 pack; an unknown version is a 400 at <paramref name="path"/>.</summary>
    internal static RegulationPack DefaultPack(string? version, string path)
    {
        try
        {
            return DefaultPacks.Value.For(version ?? Citations.RegulationKeys.AccountabilityRegulations2019);
        }
        catch (ValidationFailedException e)
        {
            throw new ValidationFailedException(ValidationReport.From(e.Report.Issues.Select(i => new ValidationIssue(i.Code, i.Severity, path, i.Text, i.Citation))));
        }
    }

    private static ImmutableArray<CaseSubjectResponse> Subjects(AccountabilityCase @case, RegulationPack pack, CultureInfo culture)
    {
        var subjects = ImmutableArray.CreateBuilder<CaseSubjectResponse>();
        for (var i = 0; i < @case.Organizations.Length; i++)
        {
            var organization = @case.Organizations[i];
            // The modifiers that apply to the organisation: the case's own and those naming its unit (as the Cli advises).
            var modifiers = @case.Modifiers.Where(m => m.Person is null && (m.Unit is null || m.Unit == organization.Unit)).Select(static m => m.Kind);
            var (advice, problems) = Advise(() => DecisionSupport.Recommend(pack, SubjectKind.Organization, @case.Harm, @case.Circumstances, modifiers), culture);
            subjects.Add(new CaseSubjectResponse(
                JsonPaths.Index(CasePath + ".organizations", i),
                CodeLabel.Of(SubjectKind.Organization, culture),
                organization.Unit.Value,
                null,
                null,
                null,
                null,
                [.. organization.Forms.Select(f => CodeLabel.Of(f, culture))],
                WithinRange(advice, organization.Forms),
                advice is null ? null : Recommendation(advice, culture),
                problems));
        }

        for (var i = 0; i < @case.Cadres.Length; i++)
        {
            var cadre = @case.Cadres[i];
            var modifiers = @case.Modifiers.Where(m => (m.Person is null && m.Unit is null) || m.Person == cadre.Person).Select(static m => m.Kind);
            var (advice, problems) = Advise(() => DecisionSupport.Recommend(pack, SubjectKind.Cadre, @case.Harm, @case.Circumstances, modifiers, cadre.Responsibility), culture);
            subjects.Add(new CaseSubjectResponse(
                JsonPaths.Index(CasePath + ".cadres", i),
                CodeLabel.Of(SubjectKind.Cadre, culture),
                cadre.Unit.Value,
                cadre.Person.Value,
                CodeLabel.Of(cadre.Role, culture),
                cadre.Responsibility is { } r ? CodeLabel.Of(r, culture) : null,
                cadre.Responsibility is null ? null : CitationLabels.Of(ResponsibilityArticle, culture),
                [.. cadre.Forms.Select(f => CodeLabel.Of(f, culture))],
                WithinRange(advice, cadre.Forms),
                advice is null ? null : Recommendation(advice, culture),
                problems));
        }

        return subjects.ToImmutable();
    }

    private static readonly Citations.Citation ResponsibilityArticle = Citations.Citation.Parse("ARR2019 Art. 6");

    /// <summary>Decision support for one subject of a valid case; its refusal (a case that decides nothing need not name a circumstance) is reported, not thrown.</summary>
    private static (FormRecommendation? Advice, ImmutableArray<IssueResponse> Problems) Advise(Func<FormRecommendation> recommend, CultureInfo culture)
    {
        try
        {
            return (recommend(), []);
        }
        catch (ValidationFailedException e)
        {
            return (null, IssueResponse.FromAll(e.Report.Under(CasePath).Issues, culture));
        }
    }

    private static bool? WithinRange(FormRecommendation? advice, ImmutableArray<AccountabilityForm> decided) =>
        decided.IsEmpty || advice is null ? null : decided.All(f => advice.Forms.Any(o => o.Form == f));

    internal static FormRecommendationResponse Recommendation(FormRecommendation advice, CultureInfo culture) =>
        new(
            CodeLabel.Of(advice.SubjectKind, culture),
            CodeLabel.Of(advice.Harm, culture),
            [.. advice.Forms.Select(f => new FormOptionResponse(CodeLabel.Of(f.Form, culture), f.Id, f.Severity, CitationLabels.Of(f.Citation, culture), CodeLabel.Of(f.Status, culture)))],
            advice.Low,
            advice.High,
            advice.IsEmpty,
            [.. advice.Steps.Select(s => new DecisionStepResponse(s.Description.Render(culture), CitationLabels.Of(s.Citation, culture), CodeLabel.Of(s.Status, culture), s.RuleId, [.. s.RangeAfter.Select(f => CodeLabel.Of(f, culture))]))]);
}
