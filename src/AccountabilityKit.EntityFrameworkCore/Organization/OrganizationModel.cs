using AccountabilityKit.EntityFrameworkCore.Concurrency;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.Organization;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Organization;

/// <summary>Maps the organisation area: <see cref="OrgUnit"/> rows (table <c>org_unit</c>), keyed by their id.</summary>
internal static class OrganizationModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);
        modelBuilder.Entity<OrgUnit>(unit =>
        {
            unit.ToTable(options.TableName("org_unit"));
            unit.HasKey(u => u.Id);
            unit.Property(u => u.Id).HasMaxLength(64);
            unit.Property(u => u.Name).HasMaxLength(200);
            unit.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
            unit.Property(u => u.ParentId).HasMaxLength(64);
            unit.HasIndex(u => u.ParentId);
            unit.IsAggregateRoot();
        });
    }
}
