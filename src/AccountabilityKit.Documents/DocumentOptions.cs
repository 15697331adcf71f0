using System.Globalization;
using AccountabilityKit.Assessment.Inspections;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Documents;

/// <summary>
/// How a document is written: its language, the moment stamped into its properties, its fonts, and the kit's objects
/// that turn ids into names. Every property is optional; the defaults give a zh-CN document without a timestamp.
/// </summary>
public sealed record DocumentOptions
{
    /// <summary>The options used when none are given.</summary>
    public static DocumentOptions Default { get; } = new();

    /// <summary>The language of every label (zh-CN by default; an English culture gives English through the message catalogue).</summary>
    public CultureInfo Culture { get; init; } = MessageCatalog.Chinese;

    /// <summary>The moment written as the document's created and modified time. Wins over <see cref="Clock"/>.</summary>
    public Instant? Timestamp { get; init; }

    /// <summary>A clock read once for the created and modified time when <see cref="Timestamp"/> is not set. With neither, the document carries no time at all (same input, same bytes).</summary>
    public IClock? Clock { get; init; }

    /// <summary>The fonts (GB/T 9704-2012 names with fallbacks by default).</summary>
    public DocumentFonts Fonts { get; init; } = DocumentFonts.Standard;

    /// <summary>The org tree, to print unit names instead of ids.</summary>
    public OrgTree? Tree { get; init; }

    /// <summary>Cadres, to print names instead of person ids.</summary>
    public IReadOnlyList<Cadre> Cadres { get; init; } = [];

    /// <summary>The rule set, to print category and unit-group names instead of codes.</summary>
    public ScoringRuleSet? RuleSet { get; init; }

    /// <summary>The inspection teams; a problem list names the team assigned to its unit (or to an ancestor of it).</summary>
    public IReadOnlyList<InspectionTeam> InspectionTeams { get; init; } = [];

    internal Instant? ResolveTimestamp() => Timestamp ?? Clock?.GetCurrentInstant();
}
