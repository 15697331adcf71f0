using AccountabilityKit.Citations;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.Statistics.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AccountabilityKit.EntityFrameworkCore.Statistics;

/// <summary>
/// Maps the statistics facts as narrow fact tables: <see cref="AccountabilityFact"/> (table <c>accountability_fact</c>)
/// and <see cref="DisciplineMeasureFact"/> (table <c>discipline_measure_fact</c>). Facts have no identity of their own,
/// so each table gets a shadow auto-increment key <see cref="FactKey"/>; dimensions are integer enum codes, 64-character
/// ids and an integer quarter (<c>year * 10 + quarter</c>), with indexes on the dimensions requests filter and group by
/// most (quarter, region, unit, form). <see cref="AccountabilityFact.Year"/> is computed from the quarter and not stored.
/// </summary>
internal static class StatisticsModel
{
    /// <summary>The shadow key of the fact tables.</summary>
    public const string FactKey = "FactId";

    private static readonly ValueConverter<Citation, string> CitationToText =
        new(c => c.ToString(), s => Citation.Parse(s));

    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);

        modelBuilder.Entity<AccountabilityFact>(fact =>
        {
            fact.ToTable(options.TableName("accountability_fact"));
            fact.Property<long>(FactKey).ValueGeneratedOnAdd();
            fact.HasKey(FactKey);
            fact.Ignore(f => f.Year);
            fact.Property(f => f.CaseId).HasMaxLength(64);
            fact.Property(f => f.Region).HasMaxLength(64);
            fact.Property(f => f.Unit).HasMaxLength(64);
            fact.Property(f => f.NoticeBatch).HasMaxLength(64);
            fact.Property(f => f.Person).HasMaxLength(64);
            fact.HasIndex(f => f.Quarter);
            fact.HasIndex(f => new { f.Region, f.Quarter });
            fact.HasIndex(f => new { f.Unit, f.Quarter });
            fact.HasIndex(f => f.Form);
            fact.HasIndex(f => f.CaseId);
        });

        modelBuilder.Entity<DisciplineMeasureFact>(fact =>
        {
            fact.ToTable(options.TableName("discipline_measure_fact"));
            fact.Property<long>(FactKey).ValueGeneratedOnAdd();
            fact.HasKey(FactKey);
            fact.Property(f => f.Person).HasMaxLength(64);
            fact.Property(f => f.Unit).HasMaxLength(64);
            fact.Property(f => f.Citation).HasConversion(CitationToText).HasMaxLength(64);
            fact.HasIndex(f => f.Quarter);
            fact.HasIndex(f => new { f.Unit, f.Quarter });
            fact.HasIndex(f => f.Form);
        });
    }
}
