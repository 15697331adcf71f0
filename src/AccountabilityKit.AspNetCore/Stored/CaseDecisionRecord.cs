using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The JSON contract of one entry of a case's append-only decision history: the decision as it stood when saved (date,
/// correction, harm, the organisations and cadres with their forms, as the case document writes them), who saved it and when.
/// </summary>
internal sealed record CaseDecisionRecord(int Sequence, LocalDate DecidedOn, LocalDate? CorrectedOn, HarmLevel Harm, JsonElement Organizations, JsonElement Cadres, PersonId RecordedBy, Instant RecordedAt)
{
    public static CaseDecisionRecord From(CaseDecision decision) =>
        new(decision.Sequence, decision.DecidedOn, decision.CorrectedOn, decision.Harm, Parse(decision.Organizations), Parse(decision.Cadres), decision.RecordedBy, decision.RecordedAt);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
