using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Citations;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.FourForms;

/// <summary>
/// Classifies measures of the 2016 statistical indicator system into the four forms (四种形态) by the pack's
/// classification, counts person-times and computes shares.
/// </summary>
public static class FourFormsClassifier
{
    private static readonly Citation Art5 = Citation.Parse("DPR2023 Art. 5");
    private static readonly Citation FormsArticle = Citation.Parse("ARR2019 Art. 8");

    /// <summary>The pack entry classifying a measure.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>The entry (form, citation, status).</returns>
    /// <exception cref="ValidationFailedException">The pack does not classify the measure (code AC032).</exception>
    public static FourFormsRule Classify(RegulationPack pack, DisciplineMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return pack.TryClassify(measure, out var rule)
            ? rule
            : throw new ValidationFailedException(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "measure", Catalog.Of(nameof(Messages.MeasureNotClassified), ("pack", pack.Id), MessageArgs.Enum("measure", measure))));
    }

    /// <summary>
    /// The pack entry classifying a measure taken on <paramref name="on"/>, citing the text in force that day: an entry
    /// citing <c>DPR2023 Art. 5</c> is cited as <c>DPR2018 Art. 5</c> for a measure before 2024-01-01 (the version that
    /// text superseded, same article; see <see cref="Effects.InfluencePeriodCalculator"/>).
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="on">The day the measure was taken.</param>
    /// <returns>The entry (form, citation in force on the day, status).</returns>
    /// <exception cref="ValidationFailedException">The pack does not classify the measure (code AC032).</exception>
    public static FourFormsRule Classify(RegulationPack pack, DisciplineMeasure measure, NodaTime.LocalDate on)
    {
        var rule = Classify(pack, measure);
        var citation = Effects.InfluencePeriodCalculator.InForceOn(rule.Citation, on);
        return citation == rule.Citation ? rule : rule with { Citation = citation };
    }

    /// <summary>
    /// Counts person-times per form (every form listed, first to fourth) and their shares, as the four-forms statistical
    /// indicator system counts them: one handling — one person in one case (<see cref="MeasureRecord.CaseId"/>) — counts
    /// once, in the heaviest form among its measures; the same person in two cases counts twice. The per-measure tally
    /// stays available as <see cref="DisciplineFormCount.Measures"/>.
    /// </summary>
    /// <param name="pack">The pack.</param>
    /// <param name="records">The measures taken.</param>
    /// <returns>Four counts, first to fourth form.</returns>
    public static ImmutableArray<DisciplineFormCount> Tally(RegulationPack pack, IEnumerable<MeasureRecord> records)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(records);
        var counts = new int[4];
        var measures = new int[4];
        var heaviest = new Dictionary<(People.PersonId Person, string CaseId), DisciplineForm>();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record);
            var form = Classify(pack, record.Measure).Form;
            measures[(int)form]++;
            if (record.CaseId is not { } caseId)
            {
                counts[(int)form]++;
            }
            else if (!heaviest.TryGetValue((record.Person, caseId), out var current) || form > current)
            {
                heaviest[(record.Person, caseId)] = form;
            }
        }

        foreach (var form in heaviest.Values)
        {
            counts[(int)form]++;
        }

        var total = counts.Sum();
        return [.. Enum.GetValues<DisciplineForm>().Select(f => new DisciplineFormCount(
            f,
            counts[(int)f],
            total == 0 ? 0m : Math.Round(counts[(int)f] * 100m / total, 1, MidpointRounding.AwayFromZero),
            Art5) { Measures = measures[(int)f] })];
    }

    /// <summary>
    /// The statistical measures an accountability decision for a cadre counts as: circulated notice → circulated
    /// criticism, admonishment → admonishment, organisational adjustments and sanctions → their own measures.
    /// </summary>
    /// <param name="cadre">The cadre with the forms decided.</param>
    /// <returns>The measures, one per form.</returns>
    public static ImmutableArray<DisciplineMeasure> MeasuresOf(AccountableCadre cadre)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        return [.. cadre.Forms.Select(f => f switch
        {
            AccountabilityForm.CirculatedNotice => DisciplineMeasure.CirculatedCriticism,
            AccountabilityForm.Admonishment => DisciplineMeasure.AdmonishmentTalk,
            AccountabilityForm.OrganizationalAdjustment => cadre.Adjustment switch
            {
                OrganizationalAdjustmentKind.SuspensionForReview => DisciplineMeasure.SuspensionForReview,
                OrganizationalAdjustmentKind.PostChange => DisciplineMeasure.PostChange,
                OrganizationalAdjustmentKind.OrderedResignation => DisciplineMeasure.OrderedResignation,
                OrganizationalAdjustmentKind.Demotion => DisciplineMeasure.Demotion,
                OrganizationalAdjustmentKind.Removal => DisciplineMeasure.Removal,
                _ => throw new ValidationFailedException(ValidationIssue.Error(AccountabilityIssueCodes.FormKindMismatch, "adjustment", Catalog.Of(nameof(Messages.AdjustmentKindRequired)), FormsArticle)),
            },
            AccountabilityForm.DisciplinarySanction => cadre.Sanction switch
            {
                DisciplinarySanction.Warning => DisciplineMeasure.Warning,
                DisciplinarySanction.SeriousWarning => DisciplineMeasure.SeriousWarning,
                DisciplinarySanction.RemovalFromPartyPost => DisciplineMeasure.RemovalFromPartyPost,
                DisciplinarySanction.ProbationWithinParty => DisciplineMeasure.ProbationWithinParty,
                DisciplinarySanction.Expulsion => DisciplineMeasure.Expulsion,
                _ => throw new ValidationFailedException(ValidationIssue.Error(AccountabilityIssueCodes.FormKindMismatch, "sanction", Catalog.Of(nameof(Messages.SanctionKindRequired)), FormsArticle)),
            },
            _ => throw new ValidationFailedException(ValidationIssue.Error(AccountabilityIssueCodes.FormNotAllowedForSubject, "forms", Catalog.Of(nameof(Messages.NotACadreForm), MessageArgs.Enum("form", f)), FormsArticle)),
        })];
    }
}
