using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>
/// One entry of a case's append-only, hash-chained decision history (table <c>case_decision</c>, chained per
/// <see cref="CaseId"/>): the decision as it stood when a decided case was saved — date, harm, correction and every
/// subject with its forms. The kit's save interceptor appends an entry whenever a decided case is added or saved with a
/// different decision, so a corrected decision never erases the first one, and records who saved it and when;
/// <see cref="History.HistoryChainVerifier"/> reports the first entry edited behind the library's back, and a current case whose
/// decision is no longer what its last entry says.
/// </summary>
public sealed record CaseDecision
{
    internal CaseDecision(string caseId, int sequence, LocalDate decidedOn, LocalDate? correctedOn, HarmLevel harm, string organizations, string cadres)
    {
        CaseId = caseId;
        Sequence = sequence;
        DecidedOn = decidedOn;
        CorrectedOn = correctedOn;
        Harm = harm;
        Organizations = organizations;
        Cadres = cadres;
    }

    /// <summary>The case's id (the chain key).</summary>
    public string CaseId { get; }

    /// <summary>The position in the case's decision history, from 1.</summary>
    public int Sequence { get; }

    /// <summary>The decision date.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>The day the decision was corrected, if it was (ARR2019 Art. 21).</summary>
    public LocalDate? CorrectedOn { get; }

    /// <summary>The harm level the decision rests on.</summary>
    public HarmLevel Harm { get; }

    /// <summary>The organisations held to account and their forms, as the case JSON writes them.</summary>
    public string Organizations { get; }

    /// <summary>The cadres held to account, their responsibility, forms, adjustment and sanction, as the case JSON writes them.</summary>
    public string Cadres { get; }

    /// <summary>Who saved this decision: the save's explicit actor or the ambient one (<see cref="History.HistoryOptions.Actor"/>).</summary>
    public PersonId RecordedBy { get; }

    /// <summary>When this decision was saved, from the context's <see cref="History.HistoryOptions.Clock"/> at the store's precision.</summary>
    public Instant RecordedAt { get; }
}
