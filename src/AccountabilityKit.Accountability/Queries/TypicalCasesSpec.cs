using AccountabilityKit.Accountability.Cases;
using Ardalis.Specification;

namespace AccountabilityKit.Accountability.Queries;

/// <summary>The cases circulated as typical cases (典型案例通报), ordered by notice batch, then id.</summary>
public sealed class TypicalCasesSpec : Specification<AccountabilityCase>
{
    /// <summary>Creates the specification.</summary>
    public TypicalCasesSpec() =>
        Query.Where(static c => c.IsTypicalCase).OrderBy(static c => c.NoticeBatch).ThenBy(static c => c.Id);
}
