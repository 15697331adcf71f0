using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime.Text;

namespace AccountabilityKit.EntityFrameworkCore.Checklists;

/// <summary>
/// JSON columns of the checklist area: immutable arrays of domain records stored through the <c>*Data</c> records of
/// <see cref="ChecklistsStorageJsonContext"/>, with a comparer on the JSON text so change tracking sees a changed list.
/// </summary>
internal static class ChecklistsStorageJson
{
    private static ChecklistsStorageJsonContext Context => ChecklistsStorageJsonContext.Default;

    public static PropertyBuilder<ImmutableArray<Aspect>> HasAspectsJson(this PropertyBuilder<ImmutableArray<Aspect>> property) =>
        property.HasJson(Context.ListAspectData, a => [.. a.Select(ToData)], d => [.. d.Select(FromData)]);

    public static PropertyBuilder<ImmutableArray<ChecklistItem>> HasItemsJson(this PropertyBuilder<ImmutableArray<ChecklistItem>> property) =>
        property.HasJson(Context.ListChecklistItemData, a => [.. a.Select(ToData)], d => [.. d.Select(FromData)]);

    public static PropertyBuilder<ImmutableArray<ReviewTransition>> HasTransitionsJson(this PropertyBuilder<ImmutableArray<ReviewTransition>> property) =>
        property.HasJson(Context.ListReviewTransitionData, a => [.. a.Select(ToData)], d => [.. d.Select(FromData)]);

    public static PropertyBuilder<ImmutableArray<string>> HasStringsJson(this PropertyBuilder<ImmutableArray<string>> property) =>
        property.HasJson(Context.ListString, a => [.. a], d => [.. d]);

    public static PropertyBuilder<ImmutableArray<UnitKind>> HasUnitKindsJson(this PropertyBuilder<ImmutableArray<UnitKind>> property) =>
        property.HasJson(Context.ListUnitKind, a => [.. a], d => [.. d]);

    private static PropertyBuilder<ImmutableArray<T>> HasJson<T, TData>(
        this PropertyBuilder<ImmutableArray<T>> property,
        JsonTypeInfo<List<TData>> typeInfo,
        Func<ImmutableArray<T>, List<TData>> toData,
        Func<List<TData>, ImmutableArray<T>> fromData)
    {
        Func<ImmutableArray<T>, string> write = value => JsonSerializer.Serialize(toData(value.IsDefault ? [] : value), typeInfo);
        Func<string, ImmutableArray<T>> read = json =>
            fromData(JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException(Catalog.Of(nameof(Messages.JsonColumnNull)).Render(null)));

        var converter = new ValueConverter<ImmutableArray<T>, string>(v => write(v), v => read(v));
        var comparer = new ValueComparer<ImmutableArray<T>>(
            (a, b) => write(a) == write(b),
            v => write(v).GetHashCode(StringComparison.Ordinal),
            v => v);
        property.HasConversion(converter, comparer).IsRequired();
        return property;
    }

    private static AspectData ToData(Aspect aspect) =>
        new(aspect.Code, aspect.Title, aspect.Order, [.. aspect.Duties.Select(ToData)]);

    private static Aspect FromData(AspectData data) =>
        new(data.Code, data.Title, data.Order, data.Duties.Select(FromData));

    private static DutyData ToData(Duty duty) =>
        new(duty.Code, duty.Text, duty.IsMandatory, [.. duty.Roles], [.. duty.Tags], duty.Frequency, duty.SuggestedMilestone,
            duty.Lineage is { } lineage ? new DutyLineageData(lineage.Kind, lineage.PreviousCode) : null);

    private static Duty FromData(DutyData data) =>
        new(data.Code, data.Text, data.IsMandatory, data.Roles, data.Tags)
        {
            Frequency = data.Frequency,
            SuggestedMilestone = data.SuggestedMilestone,
            Lineage = data.Lineage is { } lineage ? new DutyLineage(lineage.Kind, lineage.PreviousCode) : null,
        };

    private static ChecklistItemData ToData(ChecklistItem item) =>
        new(item.Id, [.. item.DutyCodes], item.Content, item.Measures,
            [.. item.Milestones.Select(m => new MilestoneData(
                LocalDatePattern.Iso.Format(m.Due),
                m.Deliverable,
                m.CompletedOn is { } done ? LocalDatePattern.Iso.Format(done) : null))],
            item.CompletionStandard);

    private static ChecklistItem FromData(ChecklistItemData data) =>
        new(data.Id, data.DutyCodes, data.Content, data.Measures,
            data.Milestones.Select(m => new Milestone(
                LocalDatePattern.Iso.Parse(m.Due).GetValueOrThrow(),
                m.Deliverable,
                m.CompletedOn is { } done ? LocalDatePattern.Iso.Parse(done).GetValueOrThrow() : null)),
            data.CompletionStandard);

    private static ReviewTransitionData ToData(ReviewTransition t) =>
        new(t.From, t.Action, t.To, t.By.Value, InstantPattern.ExtendedIso.Format(t.At), [.. t.IssueCodes], t.Reason);

    private static ReviewTransition FromData(ReviewTransitionData d) =>
        new(d.From, d.Action, d.To, new PersonId(d.By), InstantPattern.ExtendedIso.Parse(d.At).GetValueOrThrow(), [.. d.IssueCodes], d.Reason);
}
