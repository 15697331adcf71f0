using System.Globalization;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>A citation in a response as <see cref="CodeLabel"/>: the canonical text (<c>ARR2019 Art. 6(2)</c>) and its label in the request's language.</summary>
internal static class CitationLabels
{
    public static CodeLabel Of(Citation citation, CultureInfo culture) =>
        new(citation.ToString(), IsEnglish(culture) ? citation.ToString() : citation.ToChineseString());

    public static bool IsEnglish(CultureInfo culture) =>
        string.Equals(MessageCatalog.Resolve(culture).Name, MessageCatalog.English.Name, StringComparison.Ordinal);

    public static CodeLabel? Of(Citation? citation, CultureInfo culture) => citation is { } c ? Of(c, culture) : null;
}
