using System.Globalization;
using AccountabilityKit.Assessment.Scoring;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>A veto (一票否决) that forced the lowest grade on a card: the rule and the finding or event that triggered it.</summary>
/// <param name="VetoId">The rule set's veto id.</param>
/// <param name="FindingId">The finding that triggered it, or <see langword="null"/>.</param>
/// <param name="EventCode">The event that triggered it (<c>secretarySanctioned</c>), or <see langword="null"/>.</param>
/// <param name="Reason">Why, in the request's language.</param>
/// <param name="Citation">The article the veto rests on, or <see langword="null"/>.</param>
/// <param name="CitationLabel">The citation in the request's language, or <see langword="null"/>.</param>
public sealed record VetoResponse(
    string VetoId,
    string? FindingId,
    string? EventCode,
    string Reason,
    string? Citation,
    string? CitationLabel)
{
    /// <summary>The contract of <paramref name="veto"/> in <paramref name="culture"/>.</summary>
    /// <param name="veto">The kit's veto outcome.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contract.</returns>
    public static VetoResponse From(VetoOutcome veto, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(veto);
        ArgumentNullException.ThrowIfNull(culture);
        return new VetoResponse(
            veto.VetoId,
            veto.FindingId,
            veto.EventCode,
            veto.Reason.Render(culture),
            ContractText.CitationCode(veto.Citation),
            ContractText.CitationLabel(veto.Citation, culture));
    }
}
