using System.Linq.Expressions;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// The unit of each AccountabilityKit entity type, in one place: what a <see cref="ScopedRepository{T}"/> checks
/// against its <see cref="DataScope"/>. An org unit is visible when it lies in the scope; a fact when its subject's unit does.
/// </summary>
public static class UnitSelectors
{
    /// <summary>An org unit's own id.</summary>
    public static Expression<Func<OrgUnit, OrgUnitId>> OrgUnits { get; } = u => u.Id;

    /// <summary>The unit of the subject held to account.</summary>
    public static Expression<Func<AccountabilityFact, OrgUnitId>> AccountabilityFacts { get; } = f => f.Unit;

    /// <summary>The unit of the person the measure was applied to.</summary>
    public static Expression<Func<DisciplineMeasureFact, OrgUnitId>> DisciplineMeasureFacts { get; } = f => f.Unit;

    /// <summary>A finding belongs to the unit it was found in.</summary>
    public static Expression<Func<Finding, OrgUnitId>> Findings { get; } = f => f.Unit;

    /// <summary>A score card belongs to the unit it scores.</summary>
    public static Expression<Func<ScoreCard, OrgUnitId>> ScoreCards { get; } = c => c.Unit;

    /// <summary>A checklist belongs to its owner's unit (the owned column <c>Owner_Unit</c>).</summary>
    public static Expression<Func<ResponsibilityChecklist, OrgUnitId>> Checklists { get; } = c => c.Owner.Unit;

    /// <summary>The selector for <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">An AccountabilityKit entity type.</typeparam>
    /// <exception cref="NotSupportedException">No selector is known for <typeparamref name="T"/>; pass one to the repository yourself.</exception>
    public static Expression<Func<T, OrgUnitId>> For<T>()
        where T : class =>
        (Expression<Func<T, OrgUnitId>>)(typeof(T) switch
        {
            var t when t == typeof(OrgUnit) => (LambdaExpression)OrgUnits,
            var t when t == typeof(AccountabilityFact) => AccountabilityFacts,
            var t when t == typeof(DisciplineMeasureFact) => DisciplineMeasureFacts,
            var t when t == typeof(Finding) => Findings,
            var t when t == typeof(ScoreCard) => ScoreCards,
            var t when t == typeof(ResponsibilityChecklist) => Checklists,
            _ => throw new NotSupportedException(Catalog.Of(nameof(Messages.UnitSelectorUnknown), ("type", typeof(T).Name)).Render(null)),
        });
}
