using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Commands;

/// <summary>Validation and decision support for cases, as tables: issues with their articles, allowed forms, cited steps.</summary>
internal static class CaseAdvice
{
    public static DataSet IssueTable() => new(
        new DataColumn("case", "案件", "Case"),
        new DataColumn("code", "代码", "Code"),
        new DataColumn("severity", "级别", "Severity"),
        new DataColumn("path", "位置", "Path"),
        new DataColumn("message", "说明", "Message"),
        new DataColumn("basis", "依据", "Basis"));

    public static void AddIssues(ToolOutput output, DataSet table, string caseId, ValidationReport report)
    {
        foreach (var issue in report.Issues)
        {
            // The issue's own citation first; the basis table adds how far the article was verified.
            var citation = issue.Citation;
            string? status = null;
            if (AccountabilityRules.TryGetBasis(issue.Code, out var basisCitation, out var basisStatus))
            {
                citation ??= basisCitation;
                status = citation == basisCitation ? output.Text.Label(basisStatus) : null;
            }

            var basis = citation is { } cited ? output.Text.Cite(cited) + (status is null ? string.Empty : " [" + status + "]") : null;
            table.Add(caseId, issue.Code, output.Text.Label(issue.Severity), issue.Path.Length == 0 ? "$" : issue.Path, output.Text.Render(issue), basis);
        }
    }

    public static DataSet RecommendationTable() => new(
        new DataColumn("case", "案件", "Case"),
        new DataColumn("subject", "问责对象", "Subject"),
        new DataColumn("harm", "危害程度", "Harm"),
        new DataColumn("allowedForms", "可选问责方式（由轻到重）", "Allowed forms (light to heavy)"),
        new DataColumn("decided", "已定方式", "Decided"),
        new DataColumn("withinRange", "是否在范围内", "Within range"));

    public static DataSet StepTable() => new(
        new DataColumn("case", "案件", "Case"),
        new DataColumn("subject", "问责对象", "Subject"),
        new DataColumn("step", "步骤", "Step", AlignRight: true),
        new DataColumn("citation", "依据", "Citation"),
        new DataColumn("status", "核实状态", "Status"),
        new DataColumn("description", "说明", "Description"));

    /// <summary>Recommends forms for every subject of a case and adds the result and its cited steps to the tables.</summary>
    public static void AddRecommendations(ToolOutput output, DataSet recommendations, DataSet steps, AccountabilityCase @case, RegulationPack pack)
    {
        foreach (var organization in @case.Organizations)
        {
            var modifiers = @case.Modifiers.Where(m => m.Person is null && (m.Unit is null || m.Unit == organization.Unit)).Select(m => m.Kind);
            var advice = DecisionSupport.Recommend(pack, SubjectKind.Organization, @case.Harm, @case.Circumstances, modifiers);
            Add(output, recommendations, steps, @case, output.Say(nameof(Messages.SubjectOrganization), ("unit", organization.Unit)), advice, organization.Forms);
        }

        foreach (var cadre in @case.Cadres)
        {
            var modifiers = @case.Modifiers.Where(m => (m.Person is null && m.Unit is null) || m.Person == cadre.Person).Select(m => m.Kind);
            var advice = DecisionSupport.Recommend(pack, SubjectKind.Cadre, @case.Harm, @case.Circumstances, modifiers, cadre.Responsibility);
            Add(output, recommendations, steps, @case, output.Say(nameof(Messages.SubjectCadre), ("person", cadre.Person), MessageArgument.Of("role", cadre.Role)), advice, cadre.Forms);
        }
    }

    private static void Add(ToolOutput output, DataSet recommendations, DataSet steps, AccountabilityCase @case, string subject, FormRecommendation advice, IReadOnlyCollection<AccountabilityForm> decided)
    {
        var allowed = advice.Forms.Select(f => f.Form).ToList();
        var within = decided.Count == 0 ? null : output.Say(decided.All(allowed.Contains) ? nameof(Messages.Yes) : nameof(Messages.No));
        recommendations.Add(
            @case.Id,
            subject,
            output.Text.Label(advice.Harm),
            advice.IsEmpty ? output.Say(nameof(Messages.CaseNoForms)) : string.Join(" → ", allowed.Select(f => output.Text.Label(f))),
            string.Join(output.Text.IsEnglish ? ", " : "、", decided.Select(f => output.Text.Label(f))),
            within);
        var number = 1;
        foreach (var step in advice.Steps)
        {
            steps.Add(@case.Id, subject, ToolOutput.Number(number++), output.Text.Cite(step.Citation), output.Text.Label(step.Status), output.Text.Render(step.Description));
        }
    }
}
