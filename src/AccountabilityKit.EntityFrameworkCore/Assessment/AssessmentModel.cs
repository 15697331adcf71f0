using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Assessment;

/// <summary>Maps the Assessment area into a user's model (see <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/>).</summary>
internal static class AssessmentModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);
    }
}
