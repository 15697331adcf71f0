using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.FollowUp;

/// <summary>What a follow-up action is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<FollowUpActionKind>))]
public enum FollowUpActionKind
{
    /// <summary>A reminder talk (约谈提醒) with the unit's principal leader.</summary>
    [Label("约谈提醒", "Reminder talk")]
    ReminderTalk,

    /// <summary>A written notice to the city leader in charge (函告).</summary>
    [Label("函告", "Letter to leader")]
    LetterToLeader,
}
