using AccountabilityKit.Accountability.Cases;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>
/// The shadow columns that make a case's subjects queryable in SQL while the subjects themselves stay one JSON column:
/// <see cref="UnitIds"/> (the units of its organisations and cadres) and <see cref="PersonIds"/> (its cadres), both
/// primitive collections (a JSON array on SQLite, <c>text[]</c> on PostgreSQL). They are derived data, recomputed from
/// <see cref="AccountabilityCase.Organizations"/> and <see cref="AccountabilityCase.Cadres"/> by the kit's save
/// interceptor whenever a case is added or modified, so they never drift from the subjects.
/// </summary>
internal static class CaseSubjectColumns
{
    /// <summary>The shadow property holding the subjects' unit ids (organisations and cadres), distinct and ordinal-sorted.</summary>
    public const string UnitIds = "SubjectUnitIds";

    /// <summary>The shadow property holding the cadres' person ids, distinct and ordinal-sorted.</summary>
    public const string PersonIds = "SubjectPersonIds";

    /// <summary>Recomputes the columns of an added or modified case entry; does nothing for other entries.</summary>
    public static void Refresh(EntityEntry entry)
    {
        if (entry.Entity is not AccountabilityCase @case || entry.Metadata.FindProperty(UnitIds) is null)
        {
            return;
        }

        var units = @case.Organizations.Select(o => o.Unit.Value)
            .Concat(@case.Cadres.Select(c => c.Unit.Value))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var persons = @case.Cadres.Select(c => c.Person.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        SetIfChanged(entry, UnitIds, units);
        SetIfChanged(entry, PersonIds, persons);
    }

    private static void SetIfChanged(EntityEntry entry, string name, string[] values)
    {
        var property = entry.Property(name);
        if (property.CurrentValue is not string[] current || !current.SequenceEqual(values, StringComparer.Ordinal))
        {
            property.CurrentValue = values;
        }
    }
}
