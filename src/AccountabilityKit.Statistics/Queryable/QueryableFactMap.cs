using System.Linq.Expressions;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Queryable;

/// <summary>
/// How the translation reads the fact fields a query provider cannot read as plain properties. Today that is only
/// <see cref="AccountabilityFact.Year"/>, which is computed from <see cref="AccountabilityFact.Quarter"/>: in memory
/// the default <c>f =&gt; f.Year</c> works; a database mapping stores the year in its own column and supplies an
/// expression that reads it (e.g. <c>f =&gt; EF.Property&lt;int&gt;(f, "Year")</c>).
/// </summary>
internal sealed record QueryableFactMap
{
    /// <summary>The default map: every field read through its property.</summary>
    public static QueryableFactMap Default { get; } = new();

    /// <summary>Reads the year of a fact.</summary>
    public Expression<Func<AccountabilityFact, int>> Year { get; init; } = f => f.Year;
}
