using AccountabilityKit.Assessment.Inspections;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Documents.Layout;

/// <summary>Turns the ids of the kit's objects into the names the options know (ids when they do not) and values into text in the document's culture.</summary>
internal sealed class Names(DocumentOptions options)
{
    private readonly Dictionary<PersonId, string> _people = options.Cadres
        .Where(c => c is not null)
        .GroupBy(c => c.Id)
        .ToDictionary(g => g.Key, g => g.First().Name);

    public string Unit(OrgUnitId unit) =>
        options.Tree is { } tree && tree.TryGet(unit, out var u) ? u.Name : unit.Value;

    public string Person(PersonId person) => _people.TryGetValue(person, out var name) ? name : person.Value;

    public string Category(string code) =>
        options.RuleSet?.Categories.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal))?.Name ?? code;

    public string Group(string id) =>
        options.RuleSet?.UnitGroups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.Ordinal))?.Name ?? id;

    public string Date(LocalDate date) => Catalog.Of(nameof(Messages.DateValue), ("date", date)).Render(options.Culture);

    public string Quarter(AccountabilityKit.Time.AssessmentQuarter quarter) => Catalog.Of(nameof(Messages.QuarterValue), ("quarter", quarter)).Render(options.Culture);

    public string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum => Labels.Of(value, options.Culture);

    public string Text(string key, params ReadOnlySpan<MessageArgument> arguments) => Catalog.Of(key, arguments).Render(options.Culture);

    public string Render(Message message) => message.Render(options.Culture);

    public static string Points(decimal points) => points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The team assigned to <paramref name="unit"/>, or to its nearest ancestor in the tree.</summary>
    public InspectionTeam? TeamOf(OrgUnitId unit)
    {
        var teams = options.InspectionTeams.Where(t => t is not null).ToList();
        if (teams.FirstOrDefault(t => t.AssignedUnits.Contains(unit)) is { } direct)
        {
            return direct;
        }

        if (options.Tree is { } tree && tree.Contains(unit))
        {
            foreach (var ancestor in tree.PathToRoot(unit))
            {
                if (teams.FirstOrDefault(t => t.AssignedUnits.Contains(ancestor.Id)) is { } team)
                {
                    return team;
                }
            }
        }

        return null;
    }
}
