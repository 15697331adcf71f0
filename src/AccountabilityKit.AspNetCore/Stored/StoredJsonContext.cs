using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>Source-generated JSON metadata of the stored-data contracts, read and written with the kit's strict options.</summary>
[JsonSerializable(typeof(FindingRecord))]
[JsonSerializable(typeof(StoredPage<FindingRecord>))]
[JsonSerializable(typeof(StoredPage<OrgUnit>))]
[JsonSerializable(typeof(ScoreCardRecord))]
[JsonSerializable(typeof(StoredPage<ScoreCardRecord>))]
[JsonSerializable(typeof(StoredPage<ScoreCardVersionRecord>))]
[JsonSerializable(typeof(HistoryVerificationRecord))]
[JsonSerializable(typeof(AccountabilityFact))]
[JsonSerializable(typeof(StoredPage<AccountabilityFact>))]
[JsonSerializable(typeof(StatTableRecord))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(StoredPage<JsonElement>))]
[JsonSerializable(typeof(ChecklistReviewRecord))]
[JsonSerializable(typeof(ReviewActionRequest))]
[JsonSerializable(typeof(StoredPage<ReviewTransitionRecord>))]
[JsonSerializable(typeof(StoredPage<CaseDecisionRecord>))]
internal sealed partial class StoredJsonContext : JsonSerializerContext
{
    private static readonly Lazy<JsonSerializerOptions> StrictOptions = new(CreateStrict);

    private static JsonSerializerOptions CreateStrict()
    {
        var options = AccountabilityKitJson.CreateOptions(StoredJsonContext.Default);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The kit's strict options with this context.</summary>
    public static JsonSerializerOptions Strict => StrictOptions.Value;

    /// <summary>Type metadata under <see cref="Strict"/>.</summary>
    public static JsonTypeInfo<T> InfoOf<T>() => (JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T));
}
