namespace AccountabilityKit.Validation;

/// <summary>
/// The one exception AccountabilityKit throws for bad input: it carries the full <see cref="ValidationReport"/>,
/// with a stable code and a path for every problem.
/// </summary>
public sealed class ValidationFailedException : Exception
{
    /// <summary>Creates the exception from a report.</summary>
    /// <param name="report">The report; it should hold at least one error.</param>
    public ValidationFailedException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>Creates the exception from one issue.</summary>
    /// <param name="issue">The issue.</param>
    public ValidationFailedException(ValidationIssue issue)
        : this(ValidationReport.Of(issue))
    {
    }

    /// <summary>Creates the exception from a report, with the exception that revealed the problem.</summary>
    /// <param name="report">The report.</param>
    /// <param name="innerException">The exception that revealed the problem, e.g. a <c>JsonException</c>.</param>
    public ValidationFailedException(ValidationReport report, Exception? innerException)
        : base(Describe(report), innerException)
    {
        Report = report;
    }

    /// <summary>Every problem found.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var count = report.Issues.Length;
        return count switch
        {
            0 => Catalog.Of(nameof(Messages.ValidationFailed)).Render(),
            1 => Catalog.Of(nameof(Messages.ValidationFailedOne), ("issue", report.Issues[0].ToString(null))).Render(),
            _ => Catalog.Of(nameof(Messages.ValidationFailedMany), ("count", count)).Render() + Environment.NewLine + report,
        };
    }
}
