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
        var issues = new List<ValidationIssue>();
        void Check(bool ok, string property, string message)
        {
            if (!ok)
            {
                issues.Add(ValidationIssue.Error(Codes.InvalidSimilarityOptions, JsonPaths.Property(JsonPaths.Root, property), message));
            }
        }

        Check(NGramSize is >= 1 and <= 8, "nGramSize", "The n-gram size must be 1..8.");
        Check(ItemMatchThreshold is > 0 and <= 1, "itemMatchThreshold", "The item threshold must be in (0, 1].");
        Check(ListThreshold is > 0 and <= 1, "listThreshold", "The list threshold must be in (0, 1].");
        Check(Bands >= 1 && RowsPerBand >= 1 && Bands * RowsPerBand <= 1024, "bands", "Bands and rows must be at least 1, with at most 1024 hashes in all.");
        Check(MinCollidingItemFraction is > 0 and <= 1, "minCollidingItemFraction", "The colliding fraction must be in (0, 1].");
        Check(MaxBucketLists >= 2, "maxBucketLists", "The bucket cap must be at least 2.");
        Check(Enum.IsDefined(Strategy), "strategy", "Unknown strategy.");
        return ValidationReport.From(issues);
    }
}
