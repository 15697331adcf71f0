using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>Maps the Accountability area into a user's model (see <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/>).</summary>
internal static class AccountabilityModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);
    }
}
