using System.Collections.Immutable;
using AccountabilityKit.Accountability;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// Projects decided <see cref="AccountabilityCase"/>s into <see cref="AccountabilityFact"/> rows. Pure: the same
/// case and tree always give the same rows, in subject order (organisations first, then cadres, each form in order).
/// A cadre's person-time (<see cref="AccountabilityFact.Persons"/>) is on the row of the heaviest of its forms.
/// </summary>
public sealed class AccountabilityFactProjection
{
    /// <summary>The article that lists the accountability forms (ARR2019 Art. 8), on which ST003 rests (the case rules' basis of the forms).</summary>
    private static readonly Citation? FormsArticle =
        AccountabilityRules.TryGetBasis(AccountabilityIssueCodes.FormNotAllowedForSubject, out var citation, out _) ? citation : null;

    /// <summary>Creates a projection over <paramref name="tree"/>.</summary>
    /// <param name="tree">The organisation tree the cases' units belong to.</param>
    /// <param name="regionDepth">The depth (root = 0) of the ancestor reported as the region; default 1 (the root's children).</param>
    public AccountabilityFactProjection(OrgTree tree, int regionDepth = 1)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentOutOfRangeException.ThrowIfNegative(regionDepth);
        Tree = tree;
        RegionDepth = regionDepth;
    }

    /// <summary>The organisation tree.</summary>
    public OrgTree Tree { get; }

    /// <summary>The depth of the region ancestor; a unit shallower than this is its own region.</summary>
    public int RegionDepth { get; }

    /// <summary>The region of <paramref name="unit"/>: its ancestor at <see cref="RegionDepth"/>, or itself if shallower.</summary>
    /// <param name="unit">A unit of the tree.</param>
    /// <exception cref="KeyNotFoundException">The unit is not in the tree.</exception>
    public OrgUnitId RegionOf(OrgUnitId unit)
    {
        return RegionResolver.RegionOf(Tree, RegionDepth, unit);
    }

    /// <summary>Lists every reason <paramref name="case"/> cannot be projected (empty when it can), with JSON paths.</summary>
    /// <param name="case">A case.</param>
    public ValidationReport Validate(AccountabilityCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var issues = new ValidationReportBuilder();
        if (@case.DecidedOn is null)
        {
            issues.Error(StatisticsIssueCodes.CaseNotDecided, "decidedOn", Catalog.Of(nameof(Messages.CaseNotDecided), ("caseId", @case.Id)));
        }

        for (var i = 0; i < @case.Organizations.Length; i++)
        {
            CheckSubject(issues.At("organizations", i), @case.Organizations[i].Unit, @case.Organizations[i].Forms);
        }

        for (var i = 0; i < @case.Cadres.Length; i++)
        {
            CheckSubject(issues.At("cadres", i), @case.Cadres[i].Unit, @case.Cadres[i].Forms);
        }

        return issues.Build();
    }

    /// <summary>The fact rows of <paramref name="case"/>.</summary>
    /// <param name="case">A decided case whose units are all in the tree and whose subjects each have a form.</param>
    /// <exception cref="ValidationFailedException">The case cannot be projected; the report lists every reason (ST001–ST003).</exception>
    public ImmutableArray<AccountabilityFact> Project(AccountabilityCase @case)
    {
        Validate(@case).ThrowIfInvalid();
        var quarter = AssessmentQuarter.FromDate(@case.DecidedOn!.Value);
        var circumstance = @case.Circumstances.IsEmpty ? (Circumstance?)null : @case.Circumstances[0];
        var rows = ImmutableArray.CreateBuilder<AccountabilityFact>();
        foreach (var org in @case.Organizations)
        {
            AddSubject(rows, org.Unit, org.Forms, f => f with
            {
                SubjectKind = SubjectKind.Organization,
                Organizations = 1,
            });
        }

        foreach (var cadre in @case.Cadres)
        {
            // The person-time goes to the heaviest form of the cadre (cadre forms are declared light to heavy).
            var heaviest = cadre.Forms.Max();
            var carrier = cadre.Forms.IndexOf(heaviest);
            var index = 0;
            AddSubject(rows, cadre.Unit, cadre.Forms, f => f with
            {
                SubjectKind = SubjectKind.Cadre,
                Person = cadre.Person,
                Responsibility = cadre.Responsibility,
                Adjustment = cadre.Adjustment,
                Sanction = cadre.Sanction,
                Persons = index++ == carrier ? 1 : 0,
            });
        }

        return rows.ToImmutable();

        void AddSubject(ImmutableArray<AccountabilityFact>.Builder builder, OrgUnitId unit, ImmutableArray<AccountabilityForm> forms, Func<AccountabilityFact, AccountabilityFact> shape)
        {
            for (var k = 0; k < forms.Length; k++)
            {
                var firstOfCase = builder.Count == 0;
                var row = new AccountabilityFact
                {
                    CaseId = @case.Id,
                    Region = RegionOf(unit),
                    Unit = unit,
                    UnitKind = Tree[unit].Kind,
                    Quarter = quarter,
                    SubjectKind = SubjectKind.Organization,
                    Form = forms[k],
                    Circumstance = circumstance,
                    IsTypical = @case.IsTypicalCase,
                    NoticeBatch = @case.NoticeBatch,
                    Cases = firstOfCase ? 1 : 0,
                    Subjects = k == 0 ? 1 : 0,
                    TypicalCases = firstOfCase && @case.IsTypicalCase ? 1 : 0,
                };
                builder.Add(shape(row));
            }
        }
    }

    /// <summary>The fact rows of every case, in order.</summary>
    /// <param name="cases">Decided cases.</param>
    /// <exception cref="ValidationFailedException">A case cannot be projected; paths are prefixed with <c>$[i]</c>.</exception>
    public ImmutableArray<AccountabilityFact> ProjectAll(IEnumerable<AccountabilityCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToList();
        var issues = new ValidationReportBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            issues.At(string.Empty, i).AddUnder(Validate(list[i]));
        }

        issues.Build().ThrowIfInvalid();
        return [.. list.SelectMany(c => Project(c))];
    }

    private void CheckSubject(ValidationReportBuilder subject, OrgUnitId unit, ImmutableArray<AccountabilityForm> forms)
    {
        if (!Tree.Contains(unit))
        {
            subject.Error(StatisticsIssueCodes.UnitNotInTree, "unit", Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", unit)));
        }

        if (forms.IsEmpty)
        {
            subject.Error(StatisticsIssueCodes.SubjectWithoutForm, "forms", Catalog.Of(nameof(Messages.SubjectWithoutForm)), FormsArticle);
        }
    }
}
