using System.Globalization;
using AccountabilityKit.Assessment.Scoring;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>One line of a score card: the points one rule item contributed and why; the lines of a card add up to its total.</summary>
/// <param name="Kind">What the line accounts for (<c>base</c>, <c>deduction</c>, <c>categoryCap</c>, <c>overdue</c>, <c>overdueCap</c>, <c>floor</c>, <c>bonus</c>, <c>bonusCap</c>, <c>rounding</c>), as code and label.</param>
/// <param name="RuleItemId">The rule set's item id (category code, bonus id, or <c>base</c>, <c>overdue</c>, <c>floor</c>, <c>bonusCap</c>, <c>rounding</c>).</param>
/// <param name="FindingId">The finding the line is about, or <see langword="null"/>.</param>
/// <param name="Points">Signed points (deductions are negative), a JSON number.</param>
/// <param name="Reason">Why, in the request's language.</param>
/// <param name="Citation">The article the rule item rests on (<c>PCR2020 Art. 6</c>), or <see langword="null"/>.</param>
/// <param name="CitationLabel">The citation in the request's language, or <see langword="null"/>.</param>
public sealed record ScoreLineResponse(
    CodeLabel Kind,
    string RuleItemId,
    string? FindingId,
    decimal Points,
    string Reason,
    string? Citation,
    string? CitationLabel)
{
    /// <summary>The contract of <paramref name="line"/> in <paramref name="culture"/>.</summary>
    /// <param name="line">The kit's score line.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contract.</returns>
    public static ScoreLineResponse From(ScoreLine line, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(culture);
        return new ScoreLineResponse(
            CodeLabel.Of(line.Kind, culture),
            line.RuleItemId,
            line.FindingId,
            line.Points,
            line.Reason.Render(culture),
            ContractText.CitationCode(line.Citation),
            ContractText.CitationLabel(line.Citation, culture));
    }
}
