using AccountabilityKit.Statistics.Columnar;

namespace AccountabilityKit.Hosting;

/// <summary>The host's statistics settings (validated at start).</summary>
public sealed class StatisticsOptions
{
    /// <summary>The dimension columns the fact tables made by <see cref="StatisticsAggregation.CreateFactTable"/> store (default: all).</summary>
    public FactTableOptions FactTable { get; set; } = FactTableOptions.AllColumns;
}
