using System.Collections.Immutable;

namespace AccountabilityKit.Statistics.Export;

/// <summary>
/// A typed, labelled table ready for export (CSV, JSON): columns with keys, zh-CN and English headers and value types,
/// and rows of typed cells. Build one from a <see cref="Aggregation.StatTable"/> or a report with <see cref="ExportTables"/>.
/// </summary>
public sealed class ExportTable
{
    /// <summary>Creates a table; every row has one cell per column, of the column's type.</summary>
    /// <param name="key">A stable key, e.g. <c>headline</c>.</param>
    /// <param name="chineseTitle">The zh-CN title.</param>
    /// <param name="englishTitle">The English title.</param>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentException">A row's width or a cell's type does not match the columns.</exception>
    public ExportTable(string key, string chineseTitle, string englishTitle, IEnumerable<ExportColumn> columns, IEnumerable<IEnumerable<ExportCell>> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(chineseTitle);
        ArgumentNullException.ThrowIfNull(englishTitle);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Key = key;
        ChineseTitle = chineseTitle;
        EnglishTitle = englishTitle;
        Columns = [.. columns];
        var built = ImmutableArray.CreateBuilder<ImmutableArray<ExportCell>>();
        foreach (var row in rows)
        {
            ImmutableArray<ExportCell> cells = [.. row];
            if (cells.Length != Columns.Length)
            {
                throw new ArgumentException($"Row {built.Count} of table '{key}' has {cells.Length} cells for {Columns.Length} columns.", nameof(rows));
            }

            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is null || cells[c].Kind != Columns[c].Kind)
                {
                    throw new ArgumentException($"Cell {c} of row {built.Count} of table '{key}' is not of the column's type {Columns[c].Kind}.", nameof(rows));
                }
            }

            built.Add(cells);
        }

        Rows = built.ToImmutable();
    }

    /// <summary>The table's key.</summary>
    public string Key { get; }

    /// <summary>The zh-CN title.</summary>
    public string ChineseTitle { get; }

    /// <summary>The English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>The columns.</summary>
    public ImmutableArray<ExportColumn> Columns { get; }

    /// <summary>The rows, each one cell per column.</summary>
    public ImmutableArray<ImmutableArray<ExportCell>> Rows { get; }
}
