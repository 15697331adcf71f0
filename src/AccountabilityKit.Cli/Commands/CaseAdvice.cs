using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Decisions;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Commands;

/// <summary>Validation and decision support for cases, as tables: issues with their articles, allowed forms, cited steps.</summary>
internal static class CaseAdvice
{
    public static TableBuilder IssueTable() => new(
        "issues",
        TableBuilder.Text("case", "案件", "Case"),
        TableBuilder.Text("code", "代码", "Code"),
        TableBuilder.Text("severity", "级别", "Severity"),
        TableBuilder.Text("path", "位置", "Path"),
        TableBuilder.Text("message", "说明", "Message"),
        TableBuilder.Text("basis", "依据", "Basis"));

    public static void AddIssues(ToolOutput output, TableBuilder table, string caseId, ValidationReport report)
    {
        foreach (var issue in report.Issues)
        {
            // The issue's own citation first; the basis table adds how far the article was verified.
            var citation = issue.Citation;
            VerificationStatus? status = null;
            if (AccountabilityRules.TryGetBasis(issue.Code, out var basisCitation, out var basisStatus))
            {
                citation ??= basisCitation;
                status = citation == basisCitation ? basisStatus : null;
            }

            var basis = TableBuilder.Cite(citation);
            if (status is { } s)
            {
                var labels = LabelledValue.Of(s);
                basis = ExportCell.OfText(basis.Text, basis.ChineseLabel + " [" + labels.Chinese + "]", basis.EnglishLabel + " [" + labels.English + "]");
            }

            table.Add(
                TableBuilder.Cell(caseId),
                TableBuilder.Cell(issue.Code),
                ExportCell.OfEnum(issue.Severity),
                TableBuilder.Cell(issue.Path.Length == 0 ? "$" : issue.Path),
                TableBuilder.Cell(output.Text.Render(issue)),
                basis);
        }
    }

    public static TableBuilder RecommendationTable() => new(
        "recommendations",
        TableBuilder.Text("case", "案件", "Case"),
        TableBuilder.Text("subject", "问责对象", "Subject"),
        TableBuilder.Text("harm", "危害程度", "Harm"),
        TableBuilder.Text("allowedForms", "可选问责方式（由轻到重）", "Allowed forms (light to heavy)"),
        TableBuilder.Text("decided", "已定方式", "Decided"),
        TableBuilder.Text("withinRange", "是否在范围内", "Within range"));

    public static TableBuilder StepTable() => new(
        "steps",
        TableBuilder.Text("case", "案件", "Case"),
        TableBuilder.Text("subject", "问责对象", "Subject"),
        TableBuilder.Integer("step", "步骤", "Step"),
        TableBuilder.Text("citation", "依据", "Citation"),
        TableBuilder.Text("status", "核实状态", "Status"),
        TableBuilder.Text("description", "说明", "Description"));

    /// <summary>Recommends forms for every subject of a case and adds the result and its cited steps to the tables.</summary>
    public static void AddRecommendations(ToolOutput output, TableBuilder recommendations, TableBuilder steps, AccountabilityCase @case, RegulationPack pack)
    {
        foreach (var organization in @case.Organizations)
        {
            var modifiers = @case.Modifiers.Where(m => m.Person is null && (m.Unit is null || m.Unit == organization.Unit)).Select(m => m.Kind);
            var advice = DecisionSupport.Recommend(pack, SubjectKind.Organization, @case.Harm, @case.Circumstances, modifiers);
            Add(output, recommendations, steps, @case, TableBuilder.Cell(organization.Unit.Value, Catalog.Of(nameof(Messages.SubjectOrganization), ("unit", organization.Unit))), advice, organization.Forms);
        }

        foreach (var cadre in @case.Cadres)
        {
            var modifiers = @case.Modifiers.Where(m => (m.Person is null && m.Unit is null) || m.Person == cadre.Person).Select(m => m.Kind);
            var advice = DecisionSupport.Recommend(pack, SubjectKind.Cadre, @case.Harm, @case.Circumstances, modifiers, cadre.Responsibility);
            Add(output, recommendations, steps, @case, TableBuilder.Cell(cadre.Person.Value, Catalog.Of(nameof(Messages.SubjectCadre), ("person", cadre.Person), MessageArgument.Of("role", cadre.Role))), advice, cadre.Forms);
        }
    }

    private static void Add(ToolOutput output, TableBuilder recommendations, TableBuilder steps, AccountabilityCase @case, ExportCell subject, FormRecommendation advice, IReadOnlyCollection<AccountabilityForm> decided)
    {
        var allowed = advice.Forms.Select(f => f.Form).ToList();
        var within = decided.Count == 0
            ? TableBuilder.Cell(null)
            : decided.All(allowed.Contains) ? TableBuilder.Cell("true", Catalog.Of(nameof(Messages.Yes))) : TableBuilder.Cell("false", Catalog.Of(nameof(Messages.No)));
        recommendations.Add(
            TableBuilder.Cell(@case.Id),
            subject,
            ExportCell.OfEnum(advice.Harm),
            advice.IsEmpty ? TableBuilder.Cell(string.Empty, Catalog.Of(nameof(Messages.CaseNoForms))) : TableBuilder.List(allowed, " → "),
            TableBuilder.List(decided),
            within);
        var number = 1;
        foreach (var step in advice.Steps)
        {
            steps.Add(TableBuilder.Cell(@case.Id), subject, ExportCell.OfWholeNumber(number++), TableBuilder.Cite(step.Citation), ExportCell.OfEnum(step.Status), TableBuilder.Cell(output.Text.Render(step.Description)));
        }
    }
}
