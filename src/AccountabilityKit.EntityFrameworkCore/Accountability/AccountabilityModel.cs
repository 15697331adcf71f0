using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.Concurrency;
using AccountabilityKit.EntityFrameworkCore.Conversions;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.People;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>
/// Maps the Accountability area: <see cref="AccountabilityCase"/> (table <c>accountability_case</c>, keyed by its id;
/// the authority as two columns; dates, harm, flags, notice batch (indexed) as columns; circumstances, subjects,
/// modifiers, recommendations and the investigation team as JSON columns, plus the subject columns of
/// <see cref="CaseSubjectColumns"/> for queries by unit or person; its decisions in the hash-chained history
/// <see cref="CaseDecision"/>) and <see cref="RegulationPackVersion"/> (table
/// <c>regulation_pack_version</c>). Notice batches are not a type of the Accountability package, only the case's
/// <see cref="AccountabilityCase.NoticeBatch"/> text, so they are that indexed column.
/// </summary>
internal static class AccountabilityModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);

        modelBuilder.Entity<AccountabilityCase>(c =>
        {
            c.ToTable(options.TableName("accountability_case"));
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).HasMaxLength(64);
            c.ComplexProperty(x => x.Authority, authority =>
            {
                authority.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32).HasColumnName("AuthorityKind");
                authority.Property(a => a.Unit).HasConversion(KitConversions.OrgUnitIdToString).HasMaxLength(64).HasColumnName("AuthorityUnit");
            });
            c.Property(x => x.StartApprovedOn);
            c.Property(x => x.InvestigationStartedOn);
            c.Property(x => x.DefenceHeardOn);
            c.Property(x => x.ReportedOn);
            c.Property(x => x.DecidedOn);
            c.Property(x => x.Approval!).HasJsonConversion(AccountabilityStorageJsonContext.Info<Approval>());
            c.Property(x => x.DeliveredOn);
            c.Property(x => x.ExecutedOn);
            c.Property(x => x.AppealedOn);
            c.Property(x => x.AppealDecidedOn);
            c.Property(x => x.DecisionFoundWrongOn);
            c.Property(x => x.CorrectedOn);
            c.Property(x => x.Harm).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.IsTypicalCase);
            c.Property(x => x.NoticeBatch).HasMaxLength(64);
            c.Property(x => x.ViolationCaseId).HasMaxLength(64);
            c.Property(x => x.RegulationVersion).HasMaxLength(32);
            c.Property(x => x.InvestigationTeam).HasJsonConversion(AccountabilityStorageJsonContext.Info<ImmutableArray<PersonId>>());
            c.Property(x => x.Circumstances).HasJsonConversion(AccountabilityStorageJsonContext.Info<ImmutableArray<Circumstance>>());
            c.Property(x => x.Organizations).HasJsonConversion(AccountabilityStorageJsonContext.Info<ImmutableArray<AccountableOrganization>>());
            c.Property(x => x.Cadres).HasJsonConversion(AccountabilityStorageJsonContext.Info<ImmutableArray<AccountableCadre>>());
            c.Property(x => x.Modifiers).HasJsonConversion(AccountabilityStorageJsonContext.Info<ImmutableArray<CaseModifier>>());
            c.Property(x => x.Recommendations).HasJsonConversion(AccountabilityStorageJsonContext.Info<ImmutableArray<RecommendationKind>>());
            c.PrimitiveCollection<string[]>(CaseSubjectColumns.UnitIds).IsRequired();
            c.PrimitiveCollection<string[]>(CaseSubjectColumns.PersonIds).IsRequired();
            c.HasIndex(x => x.DecidedOn);
            c.HasIndex(x => new { x.IsTypicalCase, x.NoticeBatch });
            c.HasIndex(x => x.NoticeBatch);
            c.IsAggregateRoot();
        });

        modelBuilder.Entity<CaseDecision>(decision =>
        {
            decision.ToTable(options.TableName("case_decision"));
            decision.HasKey(d => new { d.CaseId, d.Sequence });
            decision.Property(d => d.CaseId).HasMaxLength(64);
            decision.Property(d => d.Sequence).ValueGeneratedNever();
            decision.Property(d => d.DecidedOn);
            decision.Property(d => d.CorrectedOn);
            decision.Property(d => d.Harm).HasConversion<string>().HasMaxLength(32);
            decision.Property(d => d.Organizations);
            decision.Property(d => d.Cadres);
            decision.RecordsActorAndInstant();
            decision.IsHistoryEntry(d => d.CaseId, d => d.Sequence, CaseDecisionHistory.Canonical).BindsCurrentState(CaseDecisionHistory.BindAsync);
        });

        modelBuilder.Entity<RegulationPackVersion>(version =>
        {
            version.ToTable(options.TableName("regulation_pack_version"));
            version.HasKey(v => new { v.PackId, v.Revision });
            version.Property(v => v.PackId).HasMaxLength(64);
            version.Property(v => v.RegulationVersion).HasMaxLength(32);
            version.Property(v => v.Title).HasMaxLength(200);
            version.Property(v => v.Extends).HasMaxLength(64);
            version.Property(v => v.Json);
            version.HasIndex(v => v.RegulationVersion);
            version.RecordsActorAndInstant();
            version.IsAggregateRoot();
        });
    }
}
