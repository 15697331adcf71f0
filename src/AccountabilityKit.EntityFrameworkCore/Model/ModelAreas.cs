using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>One module of the model: what configures it, the option that names it, and the entity types it maps.</summary>
internal sealed record ModelArea(
    AccountabilityKitModule Module,
    string OptionName,
    Action<ModelBuilder, AccountabilityKitModelOptions> Configure,
    IReadOnlyList<Type> EntityTypes)
{
    /// <summary>True when every entity type of the module is in <paramref name="model"/>.</summary>
    public bool IsMappedIn(IModel model) => EntityTypes.All(t => model.FindEntityType(t) is not null);
}

/// <summary>
/// The model areas <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/> applies, one per
/// <see cref="AccountabilityKitModule"/> (and domain package); each lives in its own folder (Organization/,
/// Checklists/, Assessment/, Accountability/, Statistics/). The one table of which entity type belongs to which module.
/// </summary>
internal static class ModelAreas
{
    public static readonly IReadOnlyList<ModelArea> All =
    [
        new(AccountabilityKitModule.Organization, nameof(AccountabilityKitModelOptions.Organization), Organization.OrganizationModel.Configure,
            [typeof(OrgUnit)]),
        new(AccountabilityKitModule.Checklists, nameof(AccountabilityKitModelOptions.Checklists), Checklists.ChecklistsModel.Configure,
            [typeof(ChecklistTemplate), typeof(ResponsibilityChecklist), typeof(ChecklistReview), typeof(ReviewTransition), typeof(DutyRecord)]),
        new(AccountabilityKitModule.Assessment, nameof(AccountabilityKitModelOptions.Assessment), Assessment.AssessmentModel.Configure,
            [typeof(Finding), typeof(ScoreCard), typeof(ScoreCardVersion), typeof(ScoringRuleSetVersion)]),
        new(AccountabilityKitModule.Accountability, nameof(AccountabilityKitModelOptions.Accountability), Accountability.AccountabilityModel.Configure,
            [typeof(AccountabilityCase), typeof(CaseDecision), typeof(RegulationPackVersion)]),
        new(AccountabilityKitModule.Statistics, nameof(AccountabilityKitModelOptions.Statistics), Statistics.StatisticsModel.Configure,
            [typeof(AccountabilityFact), typeof(DisciplineMeasureFact)]),
    ];

    /// <summary>The area of <paramref name="module"/>.</summary>
    public static ModelArea Of(AccountabilityKitModule module) => All.Single(a => a.Module == module);

    /// <summary>The areas the options select: the named modules, or all of them when none is named, in table order.</summary>
    public static IEnumerable<ModelArea> Selected(AccountabilityKitModelOptions options) =>
        options.Modules.Count == 0 ? All : All.Where(a => options.Modules.Contains(a.Module));

    /// <summary>The area that maps <paramref name="clrType"/>, or null for a type that is not AccountabilityKit's.</summary>
    public static ModelArea? Owning(Type clrType) => All.FirstOrDefault(a => a.EntityTypes.Contains(clrType));

    /// <summary>
    /// Checks that <paramref name="clrType"/> is an entity type of <paramref name="context"/>'s model: when it is not,
    /// throws <see cref="AccountabilityKitModuleNotMappedException"/> for a type of one of our modules and an
    /// <see cref="InvalidOperationException"/> (<c>NotAnEntityType</c>) for any other type.
    /// </summary>
    public static IEntityType Require(DbContext context, Type clrType) =>
        context.Model.FindEntityType(clrType)
        ?? throw (Owning(clrType) is { } area
            ? NotMapped(area, clrType, context)
            : new InvalidOperationException(Catalog.Of(nameof(Messages.NotAnEntityType), ("type", clrType.Name), ("context", context.GetType().Name)).Render(null)));

    /// <summary>
    /// <see cref="Require"/> for the context behind an EF Core <see cref="DbSet{TEntity}"/>; other queries (already
    /// rooted at a mapped entity type, or not EF Core's) pass unchecked.
    /// </summary>
    public static void Require<T>(IQueryable<T> query)
    {
        if (query is IInfrastructure<IServiceProvider> infrastructure
            && infrastructure.Instance.GetService(typeof(ICurrentDbContext)) is ICurrentDbContext current)
        {
            Require(current.Context, typeof(T));
        }
    }

    /// <summary>
    /// For a derived history: when aggregates of <typeparamref name="TAggregate"/> are being saved but the history
    /// entity type <paramref name="historyType"/> is not mapped, the history cannot be kept — throws
    /// <see cref="AccountabilityKitModuleNotMappedException"/>. Returns whether the history is mapped.
    /// </summary>
    public static bool HistoryMapped<TAggregate>(DbContext context, Type historyType)
        where TAggregate : class
    {
        if (context.Model.FindEntityType(historyType) is not null)
        {
            return true;
        }

        if (context.ChangeTracker.Entries<TAggregate>().Any(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var area = Owning(historyType)!;
            throw new AccountabilityKitModuleNotMappedException(
                area.Module,
                historyType,
                Catalog.Of(
                    nameof(Messages.HistoryModuleNotMapped),
                    ("aggregate", typeof(TAggregate).Name),
                    ("type", historyType.Name),
                    MessageArgument.Of("module", area.Module),
                    ("context", context.GetType().Name),
                    ("option", area.OptionName)));
        }

        return false;
    }

    private static AccountabilityKitModuleNotMappedException NotMapped(ModelArea area, Type clrType, DbContext context) =>
        new(
            area.Module,
            clrType,
            Catalog.Of(
                nameof(Messages.ModuleNotMapped),
                ("type", clrType.Name),
                MessageArgument.Of("module", area.Module),
                ("context", context.GetType().Name),
                ("option", area.OptionName)));
}
