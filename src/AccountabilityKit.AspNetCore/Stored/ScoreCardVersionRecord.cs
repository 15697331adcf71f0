using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The JSON contract of one entry of a score card's append-only history.</summary>
internal sealed record ScoreCardVersionRecord(int Sequence, string RuleSetId, string RuleSetVersion, decimal Total, Grade Grade, PersonId RecordedBy, Instant RecordedAt)
{
    public static ScoreCardVersionRecord From(ScoreCardVersion v) =>
        new(v.Sequence, v.RuleSetId, v.RuleSetVersion, v.Total, v.Grade, v.RecordedBy, v.RecordedAt);
}
