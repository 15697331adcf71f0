using AccountabilityKit.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// The ids of the units a <see cref="DataScope"/> covers in the context's <c>org_unit</c> rows as they are when a
/// statement runs: a recursive query from the scope's roots down the <c>ParentId</c> column (<c>UNION</c>, so a cycle in
/// the stored rows ends the walk), composed into each statement as a subquery. It needs one parameter per root and none
/// per unit, so a scope of any size works on SQLite and PostgreSQL, and it reads the tree of the same statement.
/// </summary>
internal static class CurrentScopeUnits
{
    /// <summary>The query, or null when the context does not map <see cref="OrgUnit"/> (the scope's own ids are used then).</summary>
    public static IQueryable<OrgUnitId>? Of(DbContext context, DataScope scope)
    {
        if (context.Model.FindEntityType(typeof(OrgUnit)) is not { } unitType || unitType.GetTableName() is not { } table)
        {
            return null;
        }

        var schema = unitType.GetSchema();
        var store = StoreObjectIdentifier.Table(table, schema);
        var sql = context.GetService<ISqlGenerationHelper>();
        var id = sql.DelimitIdentifier(unitType.FindProperty(nameof(OrgUnit.Id))!.GetColumnName(store)!);
        var parent = sql.DelimitIdentifier(unitType.FindProperty(nameof(OrgUnit.ParentId))!.GetColumnName(store)!);
        var from = sql.DelimitIdentifier(table, schema);
        var roots = string.Join(", ", scope.Roots.Select((_, i) => "{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"));

        // Starts with SELECT (EF Core composes only over SELECT); the recursive part sits in the IN subquery.
        var text =
            $"SELECT * FROM {from} WHERE {id} IN (" +
            $"WITH RECURSIVE ak_scope(unit_id) AS (" +
            $"SELECT r.{id} FROM {from} AS r WHERE r.{id} IN ({roots}) " +
            $"UNION SELECT c.{id} FROM {from} AS c INNER JOIN ak_scope AS s ON c.{parent} = s.unit_id) " +
            $"SELECT unit_id FROM ak_scope)";
#pragma warning disable EF1002 // The text holds only identifiers from the model, delimited by the provider; the roots are parameters.
        return context.Set<OrgUnit>()
            .FromSqlRaw(text, [.. scope.Roots.Select(r => (object)r.Value)])
            .Select(u => u.Id);   // no AsNoTracking here: EF Core would apply it to the whole statement it is composed into
#pragma warning restore EF1002
    }
}
