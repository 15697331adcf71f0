using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Documents.Tests.Charts;

/// <summary>Statistics tables as the Statistics package returns them, built by hand with known values.</summary>
internal static class ChartTables
{
    /// <summary>Cases and person-times per year: 2022 12/30, 2023 15/41, 2024 9/22.</summary>
    public static StatTable PerYear() => Table(
        [FactField.Year],
        [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons)],
        (["2022"], [12m, 30m]),
        (["2023"], [15m, 41m]),
        (["2024"], [9m, 22m]));

    /// <summary>Cases per form: admonishment 6, circulated notice 3, written examination 1.</summary>
    public static StatTable PerForm() => Table(
        [FactField.Form],
        [StatMeasure.Count()],
        (["Admonishment"], [6m]),
        (["CirculatedNotice"], [3m]),
        (["WrittenExamination"], [1m]));

    /// <summary>Cases per region and form.</summary>
    public static StatTable PerRegionAndForm() => Table(
        [FactField.Region, FactField.Form],
        [StatMeasure.Count()],
        (["east", "Admonishment"], [4m]),
        (["east", "CirculatedNotice"], [2m]),
        (["west", "Admonishment"], [7m]),
        (["west", "WrittenExamination"], [5m]));

    public static StatTable Empty(params FactField[] dimensions) => Table(dimensions, [StatMeasure.Count()]);

    public static StatTable Table(FactField[] dimensions, StatMeasure[] measures, params (string?[] Keys, decimal?[] Values)[] rows) =>
        new(
            new StatRequest { Dimensions = [.. dimensions], Measures = [.. measures] },
            rows.Select(r => new StatRow([.. r.Keys], [.. r.Values], dimensions.Length)));
}
