using System.Globalization;
using AccountabilityKit.EntityFrameworkCore.History;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The JSON contract of a history verification (<c>HistoryChainVerifier</c>'s report), its explanation in the request's language.</summary>
internal sealed record HistoryVerificationRecord(string ChainKey, int EntryCount, bool IsIntact, HistoryBrokenLinkRecord? FirstBrokenLink, int? HeadSequence, string? HeadHash)
{
    public static HistoryVerificationRecord From(HistoryChainReport report, CultureInfo culture) =>
        new(
            report.ChainKey,
            report.EntryCount,
            report.IsIntact,
            report.FirstBrokenLink is { } link ? new HistoryBrokenLinkRecord(link.Sequence, link.Kind, link.ExpectedHash, link.ActualHash, link.Explanation.Render(culture)) : null,
            report.Head?.Sequence,
            report.Head?.Hash);
}
