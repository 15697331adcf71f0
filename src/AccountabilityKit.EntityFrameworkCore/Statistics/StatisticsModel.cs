using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Statistics;

/// <summary>Maps the Statistics area into a user's model (see <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/>).</summary>
internal static class StatisticsModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);
    }
}
