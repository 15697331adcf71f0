using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Documents.Layout;

namespace AccountabilityKit.Documents.Findings;

/// <summary>
/// The problem list (问题清单) a unit's head receives at the review meeting, as a Word document in the GB/T 9704-2012
/// layout: title, unit, quarter, inspection team, one table row per finding (category, severity, description,
/// evidence, rectification requirement and deadline, responsible leaders) and the receipt block (签收).
/// </summary>
public static class ProblemListDocument
{
    /// <summary>Writes the problem list as .docx to <paramref name="output"/>. The same list and options give the same bytes.</summary>
    /// <param name="list">The problem list; a list without findings gives a document saying so.</param>
    /// <param name="output">A writable stream; left open.</param>
    /// <param name="options">Language, timestamp, fonts and names (<see cref="DocumentOptions.Default"/> when null).</param>
    public static void Write(ProblemList list, Stream output, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DocumentOptions.Default;
        var names = new Names(options);
        var title = TitleOf(list, names);
        using var document = new WordDocument(options, title);
        WriteList(document, names, list, title);
        document.WriteTo(output);
    }

    internal static string TitleOf(ProblemList list, Names names) =>
        names.Text(nameof(Messages.ProblemListTitle), ("unit", names.Unit(list.Unit)), ("quarter", list.Quarter));

    /// <summary>The list itself, shared with the review-meeting pack.</summary>
    internal static void WriteList(WordDocument document, Names names, ProblemList list, string title)
    {
        document.Title(title);
        document.Blank();
        document.Line(names.Text(nameof(Messages.LabelUnit), ("unit", names.Unit(list.Unit))));
        document.Line(names.Text(nameof(Messages.LabelQuarter), ("quarter", list.Quarter)));
        if (names.TeamOf(list.Unit) is { } team)
        {
            document.Line(names.Text(nameof(Messages.LabelTeam), ("team", team.Id)));
            var members = team.Members
                .Select(m => names.Text(nameof(Messages.PersonWithBody), ("person", names.Person(m.Person)), ("body", names.Label(m.Body))))
                .ToList();
            document.Line(names.Text(nameof(Messages.LabelTeamMembers), MessageArgumentList(members), ("supervisor", names.Person(team.ConductSupervisor))));
        }
        else
        {
            document.Line(names.Text(nameof(Messages.LabelTeam), ("team", names.Text(nameof(Messages.TeamNotGiven)))));
        }

        document.Text(names.Render(list.Summary));
        if (list.Findings.Count == 0)
        {
            document.Text(names.Text(nameof(Messages.NoFindings)));
        }
        else
        {
            var none = names.Text(nameof(Messages.NoneGiven));
            var requirement = names.Text(nameof(Messages.RequirementText));
            document.Table(
                [
                    names.Text(nameof(Messages.ColumnNumber)), names.Text(nameof(Messages.ColumnCategory)),
                    names.Text(nameof(Messages.ColumnSeverity)), names.Text(nameof(Messages.ColumnDescription)),
                    names.Text(nameof(Messages.ColumnEvidence)), names.Text(nameof(Messages.ColumnRequirement)),
                    names.Text(nameof(Messages.ColumnDeadline)), names.Text(nameof(Messages.ColumnLeader)),
                ],
                [5, 9, 7, 26, 13, 16, 12, 12],
                list.Findings.Select((f, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    names.Category(f.CategoryCode),
                    names.Label(f.Severity),
                    f.Description,
                    f.EvidenceReferences.Count == 0 ? none : string.Join("；", f.EvidenceReferences),
                    requirement,
                    f.RectificationDeadline is { } d ? names.Date(d) : names.Text(nameof(Messages.NoDeadline)),
                    f.ResponsibleLeaders.Count == 0 ? none : string.Join("、", f.ResponsibleLeaders.Select(names.Person)),
                ]));
        }

        document.Blank();
        document.Heading(names.Text(nameof(Messages.ReceiptHeading)));
        document.Line(names.Text(nameof(Messages.ReceiptSigner)));
        document.Line(names.Text(nameof(Messages.ReceiptDate)));
    }

    private static Localization.MessageArgument MessageArgumentList(IReadOnlyList<string> members) =>
        Localization.MessageArgument.List("members", members);
}
