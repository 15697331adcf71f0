using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.EntityFrameworkCore.Concurrency;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Checklists;

/// <summary>
/// Maps the Checklists area into a user's model (see <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/>):
/// <list type="bullet">
/// <item><see cref="ChecklistTemplate"/> → <c>checklist_template</c>, keyed by (id, version); aspects and duties in one JSON column;</item>
/// <item><see cref="ResponsibilityChecklist"/> → <c>checklist</c>; the owner in owned columns (<c>Owner_Unit</c>, <c>Owner_Person</c>,
/// <c>Owner_Role</c>, so scope and year filters run in SQL); items and milestones in one JSON column;</item>
/// <item><see cref="ChecklistReview"/> → <c>checklist_review</c> (state column, history snapshot as JSON), and its transitions as
/// the append-only, hash-chained history <see cref="ReviewTransition"/> → <c>checklist_review_transition</c>;</item>
/// <item><see cref="DutyRecord"/> → <c>duty_record</c> with a database-generated shadow key <c>Id</c>.</item>
/// </list>
/// </summary>
internal static class ChecklistsModel
{
    public static void Configure(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);

        modelBuilder.Entity<ChecklistTemplate>(template =>
        {
            template.ToTable(options.TableName("checklist_template"));
            template.HasKey(t => new { t.Id, t.Version });
            template.Property(t => t.Id).HasMaxLength(64);
            template.Property(t => t.Title).HasMaxLength(400);
            template.Property(t => t.Year);
            template.Property(t => t.PreviousTemplateId).HasMaxLength(64);
            template.Property(t => t.UnitKinds).HasUnitKindsJson();
            template.Property(t => t.Aspects).HasAspectsJson();
            template.Property(t => t.WithdrawnDutyCodes).HasStringsJson();
            template.Ignore(t => t.Duties);
            template.HasIndex(t => t.Year);
            template.IsAggregateRoot();
        });

        modelBuilder.Entity<ResponsibilityChecklist>(checklist =>
        {
            checklist.ToTable(options.TableName("checklist"));
            checklist.HasKey(c => c.Id);
            checklist.Property(c => c.Id).HasMaxLength(64);
            checklist.Property(c => c.TemplateId).HasMaxLength(64);
            checklist.Property(c => c.Year);
            checklist.OwnsOne(c => c.Owner, owner =>
            {
                owner.Property(o => o.Unit).HasMaxLength(64);
                owner.Property(o => o.Person).HasMaxLength(64);
                owner.Property(o => o.Role).HasConversion<string>().HasMaxLength(32);
                owner.HasIndex(o => o.Unit);
            });
            checklist.Navigation(c => c.Owner).IsRequired();
            checklist.Property(c => c.Items).HasItemsJson();
            checklist.HasIndex(c => c.Year);
            checklist.IsAggregateRoot();
        });

        modelBuilder.Entity<ChecklistReview>(review =>
        {
            review.ToTable(options.TableName("checklist_review"));
            review.HasKey(r => r.ChecklistId);
            review.Property(r => r.ChecklistId).HasMaxLength(64);
            review.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
            review.Property(r => r.History).HasTransitionsJson();
            review.HasIndex(r => r.State);
            review.IsAggregateRoot();
        });

        modelBuilder.Entity<ReviewTransition>(transition =>
        {
            transition.ToTable(options.TableName("checklist_review_transition"));
            transition.Property<string>(ChecklistReviewHistory.ChecklistIdProperty).HasMaxLength(64);
            transition.Property<int>(ChecklistReviewHistory.SequenceProperty).ValueGeneratedNever();
            transition.HasKey(ChecklistReviewHistory.ChecklistIdProperty, ChecklistReviewHistory.SequenceProperty);
            transition.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
            transition.Property(t => t.Action).HasConversion<string>().HasMaxLength(16);
            transition.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
            transition.Property(t => t.By).HasMaxLength(64);
            transition.Property(t => t.IssueCodes).HasStringsJson();
            transition.IsHistoryEntry(ChecklistReviewHistory.ChecklistIdProperty, ChecklistReviewHistory.SequenceProperty, ChecklistReviewHistory.Canonical)
                .BindsCurrentState(ChecklistReviewHistory.BindAsync);
        });

        modelBuilder.Entity<DutyRecord>(record =>
        {
            record.ToTable(options.TableName("duty_record"));
            record.Property<long>("Id").ValueGeneratedOnAdd();
            record.HasKey("Id");
            record.Property(r => r.ChecklistId).HasMaxLength(64);
            record.Property(r => r.ItemId).HasMaxLength(64);
            record.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            record.Property(r => r.Description);
            record.Property(r => r.PersonTimes);
            record.Property(r => r.EvidenceReferences).HasStringsJson();
            record.HasIndex(r => new { r.ChecklistId, r.ItemId });
            record.HasIndex(r => r.Date);
            record.IsAggregateRoot();
        });
    }
}
