using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Checklists;

/// <summary>Maps the Checklists area into a user's model (see <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/>).</summary>
internal static class ChecklistsModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);
    }
}
