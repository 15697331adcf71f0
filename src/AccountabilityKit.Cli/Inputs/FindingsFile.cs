using AccountabilityKit.Assessment;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>A findings file read and checked: its org tree, cadres, findings and bonus claims, or the problems found.</summary>
internal sealed record FindingsFile(
    OrgTree Tree,
    IReadOnlyList<Cadre> Cadres,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<(OrgUnitId Unit, AssessmentQuarter Quarter, BonusClaim Claim)> Bonuses)
{
    /// <summary>Reads the file; shape problems and invalid findings come back as a report (exit 1), non-JSON as a usage error.</summary>
    public static FindingsFile? Read(string path, out ValidationReport report)
    {
        var json = InputFiles.ReadText(path, nameof(Messages.FileKindFindings));
        if (!AccountabilityKitJson.TryRead(json, CliJsonContext.InfoOf<FindingsDocument>(), out var document, out report))
        {
            InputFiles.ThrowIfNotJson(report, path);
            return null;
        }

        var issues = new ValidationReportBuilder();
        OrgTree? tree = null;
        try
        {
            tree = OrgTree.Build(document.Units);
        }
        catch (ValidationFailedException e)
        {
            issues.Under("units").AddUnder(e.Report);
        }

        var findings = new List<Finding>();
        for (var i = 0; i < document.Findings.Count; i++)
        {
            var finding = issues.At("findings", i);
            try
            {
                findings.Add(document.Findings[i].ToFinding());
            }
            catch (ValidationFailedException e)
            {
                finding.AddUnder(e.Report);
            }
            catch (ArgumentException e)
            {
                finding.Error(AssessmentIssueCodes.InvalidFinding, string.Empty, Catalog.Of(nameof(Messages.FindingInvalid), ("reason", e.Message)));
            }
        }

        var duplicate = document.Findings.Select((f, i) => (f.Id, i)).GroupBy(x => x.Id, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in duplicate)
        {
            foreach (var (_, i) in group.Skip(1))
            {
                issues.At("findings", i).Error(AssessmentIssueCodes.DuplicateFinding, "id", Catalog.Of(nameof(Messages.FindingDuplicate), ("id", group.Key)));
            }
        }

        var bonuses = new List<(OrgUnitId, AssessmentQuarter, BonusClaim)>();
        var bonusRecords = document.Bonuses ?? [];
        for (var i = 0; i < bonusRecords.Count; i++)
        {
            var b = bonusRecords[i];
            try
            {
                bonuses.Add((b.Unit, b.Quarter, new BonusClaim(b.BonusId, b.Count, b.Note)));
            }
            catch (ArgumentException e)
            {
                issues.At("bonuses", i).Error(AssessmentIssueCodes.InvalidBonusClaim, string.Empty, Catalog.Of(nameof(Messages.BonusInvalid), ("reason", e.Message)));
            }
        }

        report = issues.Build();
        return report.IsValid && tree is not null ? new FindingsFile(tree, document.Cadres ?? [], findings, bonuses) : null;
    }
}
