using System.Reflection;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace AccountabilityKit.EntityFrameworkCore.Conversions;

/// <summary>
/// The value conversions of AccountabilityKit's value types, applied by convention to every property of every entity
/// (and owned type) that <c>ApplyAccountabilityKit</c> added. Every conversion is order-preserving, so comparisons and
/// ordering on the converted column translate to SQL with the same meaning:
/// <list type="bullet">
/// <item><see cref="OrgUnitId"/>, <see cref="PersonId"/> → their string value;</item>
/// <item><see cref="AssessmentQuarter"/> → <c>year * 10 + quarter</c> (2021Q2 → 20212), <see cref="AssessmentYear"/> → the year;</item>
/// <item><see cref="LocalDate"/> → ISO text <c>uuuu-MM-dd</c>, <see cref="Instant"/> → ticks since the Unix epoch (a
/// 64-bit integer) — unless <see cref="AccountabilityKitModelOptions.ProviderMapsNodaTime"/> (Npgsql's NodaTime
/// plugin maps them to <c>date</c> and <c>timestamptz</c> natively).</item>
/// </list>
/// A property an area already gave a converter keeps it.
/// </summary>
internal static class KitConversions
{
    public static readonly ValueConverter<OrgUnitId, string> OrgUnitIdToString =
        new(v => v.Value, v => new OrgUnitId(v));

    public static readonly ValueConverter<PersonId, string> PersonIdToString =
        new(v => v.Value, v => new PersonId(v));

    public static readonly ValueConverter<AssessmentQuarter, int> QuarterToInt =
        new(v => (v.Year.Value * 10) + v.Quarter, v => new AssessmentQuarter(v / 10, v % 10));

    public static readonly ValueConverter<AssessmentYear, int> YearToInt =
        new(v => v.Value, v => new AssessmentYear(v));

    public static readonly ValueConverter<LocalDate, string> LocalDateToIsoString =
        new(v => LocalDatePattern.Iso.Format(v), v => LocalDatePattern.Iso.Parse(v).Value);

    public static readonly ValueConverter<Instant, long> InstantToUnixTicks =
        new(v => v.ToUnixTimeTicks(), v => Instant.FromUnixTimeTicks(v));

    /// <summary>The converter for a CLR property type (nullable or not), or <see langword="null"/> when none applies.</summary>
    public static ValueConverter? For(Type type, AccountabilityKitModelOptions options)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(OrgUnitId)) return OrgUnitIdToString;
        if (t == typeof(PersonId)) return PersonIdToString;
        if (t == typeof(AssessmentQuarter)) return QuarterToInt;
        if (t == typeof(AssessmentYear)) return YearToInt;
        if (!options.ProviderMapsNodaTime)
        {
            if (t == typeof(LocalDate)) return LocalDateToIsoString;
            if (t == typeof(Instant)) return InstantToUnixTicks;
        }

        return null;
    }

    /// <summary>Applies the conversions and the schema to every AccountabilityKit entity type in the model.</summary>
    public static void Apply(ModelBuilder modelBuilder, AccountabilityKitModelOptions options)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (!IsOurs(entityType))
            {
                continue;
            }

            if (options.Schema is not null && !entityType.IsOwned() && entityType.GetSchema() is null)
            {
                entityType.SetSchema(options.Schema);
            }

            foreach (var clrProperty in entityType.ClrType.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (clrProperty.GetIndexParameters().Length > 0 || For(clrProperty.PropertyType, options) is not { } converter)
                {
                    continue;
                }

                var existing = entityType.FindProperty(clrProperty.Name);
                if (existing is null && IsIgnoredOrNavigation(entityType, clrProperty.Name))
                {
                    continue;
                }

                var property = existing ?? entityType.AddProperty(clrProperty);
                if (property.GetValueConverter() is null && property.GetProviderClrType() is null)
                {
                    property.SetValueConverter(converter);
                }
            }
        }
    }

    private static bool IsOurs(IMutableEntityType entityType) =>
        entityType.ClrType.Assembly.GetName().Name is { } name
        && (name == "AccountabilityKit" || name.StartsWith("AccountabilityKit.", StringComparison.Ordinal));

    private static bool IsIgnoredOrNavigation(IMutableEntityType entityType, string name) =>
        entityType.FindNavigation(name) is not null
        || entityType.FindSkipNavigation(name) is not null
        || (entityType is IConventionEntityType convention && convention.FindIgnoredConfigurationSource(name) is not null);
}
