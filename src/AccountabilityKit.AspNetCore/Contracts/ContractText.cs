using System.Globalization;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using NodaTime;
using NodaTime.Text;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>How the contracts write the kit's values they carry as text: citations (code and label), dates, quarters.</summary>
internal static class ContractText
{
    /// <summary>The citation's stable code (<c>PCR2020 Art. 6</c>), or null.</summary>
    public static string? CitationCode(Citation? citation) => citation?.ToString();

    /// <summary>The citation in the response's language (<c>主体责任规定第六条</c>), or null.</summary>
    public static string? CitationLabel(Citation? citation, CultureInfo culture)
    {
        if (citation is not { } c)
        {
            return null;
        }

        var english = string.Equals(MessageCatalog.Resolve(culture).Name, MessageCatalog.English.Name, StringComparison.Ordinal);
        return english ? c.ToString() : c.ToChineseString();
    }

    /// <summary>An ISO date (<c>2021-07-10</c>).</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
