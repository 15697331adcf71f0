using NodaTime;

namespace AccountabilityKit.Citations;

/// <summary>
/// A regulation the library cites, e.g. <c>ARR2019</c>, 《中国共产党问责条例》 (2019). Registered in a
/// <see cref="RegulationRegistry"/>; a <see cref="Citation"/> names it by <see cref="Key"/>.
/// </summary>
/// <param name="Key">The stable key: capital letters and the year, e.g. <c>ARR2019</c>.</param>
/// <param name="Title">The full Chinese title without book-title marks, e.g. <c>中国共产党问责条例</c>.</param>
/// <param name="ShortTitle">The short Chinese title used in citations, e.g. <c>问责条例</c>.</param>
/// <param name="EnglishTitle">The English title, e.g. <c>Party Accountability Regulations (2019)</c>.</param>
/// <param name="IssuedOn">The day it was issued, when verified.</param>
/// <param name="EffectiveFrom">The day it took effect, when verified.</param>
/// <param name="Status">How far the metadata above was verified.</param>
/// <param name="SupersedesKey">The key of the version it replaced, if registered.</param>
public sealed record Regulation(
    string Key,
    string Title,
    string ShortTitle,
    string EnglishTitle,
    LocalDate? IssuedOn,
    LocalDate? EffectiveFrom,
    VerificationStatus Status,
    string? SupersedesKey = null)
{
    /// <summary>The full title in book-title marks, e.g. <c>《中国共产党问责条例》</c>.</summary>
    public string QuotedTitle => $"《{Title}》";
}
