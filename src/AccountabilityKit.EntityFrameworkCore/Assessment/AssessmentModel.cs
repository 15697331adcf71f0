using AccountabilityKit.Assessment.Queries;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.Concurrency;
using AccountabilityKit.EntityFrameworkCore.Conversions;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.People;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Assessment;

/// <summary>
/// Maps the Assessment area: <see cref="Finding"/> (table <c>finding</c>, with its rectification deadline and date, so
/// <see cref="FindingsInScopeSpec"/> and <see cref="OverdueFindingsSpec"/> run as SQL), <see cref="ScoreCard"/> (table
/// <c>score_card</c>, key unit + quarter, lines and veto as JSON; its versions in the hash-chained history
/// <see cref="ScoreCardVersion"/>) and <see cref="ScoringRuleSetVersion"/> (table
/// <c>scoring_rule_set_version</c>). A <see cref="ProblemList"/> is not stored: it is a selection of findings made on
/// demand (<see cref="ProblemList.For"/>), so storing findings stores it.
/// </summary>
internal static class AssessmentModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);

        modelBuilder.Entity<Finding>(finding =>
        {
            finding.ToTable(options.TableName("finding"));
            finding.HasKey(f => f.Id);
            finding.Property(f => f.Id).HasMaxLength(64);
            finding.Property(f => f.Unit).HasMaxLength(64);
            finding.Property(f => f.Source).HasConversion<string>().HasMaxLength(32);
            finding.Property(f => f.CategoryCode).HasMaxLength(64);

            // Stored as its number: the specifications order by severity (serious first), and the enum's order is the
            // severity order, which text would not keep.
            finding.Property(f => f.Severity);
            finding.Property(f => f.Description);
            finding.Property(f => f.ResponsibleLeaders).HasJsonConversion(AssessmentStorageJsonContext.Info<IReadOnlyList<PersonId>>());
            finding.Property(f => f.EvidenceReferences).HasJsonConversion(AssessmentStorageJsonContext.Info<IReadOnlyList<string>>());
            finding.Property(f => f.RectificationDeadline);
            finding.Property(f => f.RectifiedOn);
            finding.Property(f => f.ShowsPrincipalResponsibilityFailure);
            finding.HasIndex(f => new { f.Quarter, f.Unit });
            finding.HasIndex(f => f.RectificationDeadline);
            finding.IsAggregateRoot();
        });

        modelBuilder.Entity<ScoreCard>(card =>
        {
            card.ToTable(options.TableName("score_card"));
            card.HasKey(c => new { c.Unit, c.Quarter });
            card.Property(c => c.Unit).HasMaxLength(64);
            card.Property(c => c.RuleSetId).HasMaxLength(64);
            card.Property(c => c.RuleSetVersion).HasMaxLength(64);
            card.Property(c => c.GroupId).HasMaxLength(64);
            card.Property(c => c.Total);
            card.Property(c => c.Grade).HasConversion<string>().HasMaxLength(16);
            card.Property(c => c.GradeName).HasMaxLength(64);
            card.Property(c => c.Veto!).HasJsonConversion(AssessmentStorageJsonContext.Info<VetoOutcome>());
            card.Property(c => c.Lines).HasJsonConversion(AssessmentStorageJsonContext.Info<IReadOnlyList<ScoreLine>>());
            card.Ignore(c => c.DeductedPoints);
            card.Ignore(c => c.BonusPoints);
            card.HasIndex(c => new { c.Quarter, c.GroupId });
            card.IsAggregateRoot();
        });

        modelBuilder.Entity<ScoreCardVersion>(version =>
        {
            version.ToTable(options.TableName("score_card_version"));
            version.HasKey(v => new { v.CardKey, v.Sequence });
            version.Property(v => v.CardKey).HasMaxLength(140);
            version.Property(v => v.Sequence).ValueGeneratedNever();
            version.Property(v => v.Unit).HasMaxLength(64);
            version.Property(v => v.RuleSetId).HasMaxLength(64);
            version.Property(v => v.RuleSetVersion).HasMaxLength(64);
            version.Property(v => v.Total);
            version.Property(v => v.Grade).HasConversion<string>().HasMaxLength(16);
            version.Property(v => v.Snapshot);
            version.HasIndex(v => new { v.Quarter, v.Unit });
            version.RecordsActorAndInstant();
            version.IsHistoryEntry(v => v.CardKey, v => v.Sequence, ScoreCardHistory.Canonical).BindsCurrentState(ScoreCardHistory.BindAsync);
        });

        modelBuilder.Entity<ScoringRuleSetVersion>(version =>
        {
            version.ToTable(options.TableName("scoring_rule_set_version"));
            version.HasKey(v => new { v.RuleSetId, v.Version });
            version.Property(v => v.RuleSetId).HasMaxLength(64);
            version.Property(v => v.Version).HasMaxLength(64);
            version.Property(v => v.Year);
            version.Property(v => v.EffectiveFrom);
            version.Property(v => v.EffectiveTo);
            version.Property(v => v.Json);
            version.HasIndex(v => v.Year);
            version.RecordsActorAndInstant();
            version.IsAggregateRoot();
        });
    }
}
