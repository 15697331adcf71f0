using AccountabilityKit.Checklists.Similarity;

namespace AccountabilityKit.Hosting;

/// <summary>The host's near-duplicate detection settings (validated at start, <c>CL070</c>).</summary>
public sealed class NearDuplicateDetectionOptions
{
    /// <summary>The similarity settings (default <see cref="SimilarityOptions.Default"/>'s values); change with <c>with</c>, e.g. <c>o.Similarity = o.Similarity with { ListThreshold = 0.7m }</c>.</summary>
    public SimilarityOptions Similarity { get; set; } = new();
}
