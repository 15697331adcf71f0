using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Similarity;

/// <summary>
/// Settings of near-duplicate detection. The defaults were chosen from the tests: copies with punctuation changed and
/// items reordered score above 0.95, honestly tailored lists of one team below 0.2, so a list threshold of 0.6 separates
/// them with margin on both sides; 25 bands × 5 rows recall planted copies at ≥ 0.99.
/// </summary>
public sealed record SimilarityOptions
{
    /// <summary>The defaults.</summary>
    public static SimilarityOptions Default { get; } = new();

    /// <summary>Character n-gram size of the shingles (default 2: Chinese bigrams).</summary>
    public int NGramSize { get; init; } = 2;

    /// <summary>Item pairs at or above this Jaccard similarity count as matching evidence (default 0.5).</summary>
    public double ItemMatchThreshold { get; init; } = 0.5;

    /// <summary>List pairs at or above this score are reported as near-duplicates (default 0.6).</summary>
    public decimal ListThreshold { get; init; } = 0.6m;

    /// <summary>Boilerplate phrases removed before comparing; null for <see cref="TextNormalizer.DefaultBoilerplate"/>.</summary>
    public IReadOnlyList<string>? Boilerplate { get; init; }

    /// <summary>How cross-unit candidates are found (default MinHash + LSH).</summary>
    public CandidateStrategy Strategy { get; init; } = CandidateStrategy.MinHashLsh;

    /// <summary>LSH bands (default 25).</summary>
    public int Bands { get; init; } = 25;

    /// <summary>MinHash rows per band (default 5); the signature has <see cref="Bands"/> × <see cref="RowsPerBand"/> hashes.</summary>
    public int RowsPerBand { get; init; } = 5;

    /// <summary>A cross-unit pair becomes a candidate when at least this fraction of the smaller list's items collide in some band (default 0.3).</summary>
    public double MinCollidingItemFraction { get; init; } = 0.3;

    /// <summary>Buckets holding more distinct lists than this are skipped as boilerplate (default 1000).</summary>
    public int MaxBucketLists { get; init; } = 1000;

    /// <summary>Seed of the MinHash functions (default 2021).</summary>
    public int Seed { get; init; } = 2021;

    /// <summary>Checks the settings; every problem at once (<c>CL070</c>).</summary>
    public ValidationReport Validate()
    {
        var issues = new ValidationReportBuilder();
        issues.Require(NGramSize is >= 1 and <= 8, Codes.InvalidSimilarityOptions, "nGramSize", () => Catalog.Of(nameof(Messages.NGramSizeOutOfRange), ("value", NGramSize)));
        issues.Require(ItemMatchThreshold is > 0 and <= 1, Codes.InvalidSimilarityOptions, "itemMatchThreshold", () => Catalog.Of(nameof(Messages.ItemThresholdOutOfRange), Value(ItemMatchThreshold)));
        issues.Require(ListThreshold is > 0 and <= 1, Codes.InvalidSimilarityOptions, "listThreshold", () => Catalog.Of(nameof(Messages.ListThresholdOutOfRange), ("value", ListThreshold)));
        issues.Require(Bands >= 1 && RowsPerBand >= 1 && (long)Bands * RowsPerBand <= 1024, Codes.InvalidSimilarityOptions, "bands", () => Catalog.Of(nameof(Messages.BandsOutOfRange), ("bands", Bands), ("rows", RowsPerBand)));
        issues.Require(MinCollidingItemFraction is > 0 and <= 1, Codes.InvalidSimilarityOptions, "minCollidingItemFraction", () => Catalog.Of(nameof(Messages.CollidingFractionOutOfRange), Value(MinCollidingItemFraction)));
        issues.Require(MaxBucketLists >= 2, Codes.InvalidSimilarityOptions, "maxBucketLists", () => Catalog.Of(nameof(Messages.BucketCapTooSmall), ("value", MaxBucketLists)));
        issues.Require(Enum.IsDefined(Strategy), Codes.InvalidSimilarityOptions, "strategy", () => Catalog.Of(nameof(Messages.StrategyUndefined), ("value", (int)Strategy)));
        return issues.Build();
    }

    // A double setting as the "value" argument: a decimal number, or the symbol of a value a decimal cannot hold.
    private static MessageArgument Value(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 1e15 ? MessageArgument.DecimalNumber("value", (decimal)value)
        : MessageArgument.Text("value", double.IsNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞");
}
