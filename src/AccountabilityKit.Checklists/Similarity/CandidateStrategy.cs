using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Similarity;

/// <summary>How cross-unit candidate pairs are found. Pairs within one unit are always compared exactly.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<CandidateStrategy>))]
public enum CandidateStrategy
{
    /// <summary>MinHash signatures of items, banded into LSH buckets: only lists sharing enough colliding items are compared.</summary>
    [Label("MinHash + LSH 候选", "MinHash + LSH")]
    MinHashLsh = 0,

    /// <summary>Every pair of lists is compared (the exact reference, quadratic).</summary>
    [Label("全量两两比对", "All pairs")]
    AllPairs = 1,
}
