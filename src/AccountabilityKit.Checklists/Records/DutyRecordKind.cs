using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Records;

/// <summary>What kind of duty performance a record (履责记实) documents. The first six are first-form (第一种形态) measures, counted in person-times.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<DutyRecordKind>))]
public enum DutyRecordKind
{
    /// <summary>Heart-to-heart talk (谈心谈话).</summary>
    [Label("谈心谈话", "Heart-to-heart talk")]
    HeartToHeartTalk = 0,

    /// <summary>Reminder talk (提醒谈话 / 谈话提醒).</summary>
    [Label("提醒谈话", "Reminder talk")]
    ReminderTalk = 1,

    /// <summary>Admonishment talk (诫勉谈话).</summary>
    [Label("诫勉谈话", "Admonishment talk")]
    AdmonishmentTalk = 2,

    /// <summary>Follow-up talk (回访谈话).</summary>
    [Label("回访谈话", "Follow-up talk")]
    FollowUpTalk = 3,

    /// <summary>Routine supervision and inspection (日常监督检查).</summary>
    [Label("日常监督检查", "Routine supervision")]
    RoutineSupervision = 4,

    /// <summary>Criticism and education (批评教育).</summary>
    [Label("批评教育", "Critical education")]
    CriticalEducation = 5,

    /// <summary>A topic meeting on strict governance (专题会议).</summary>
    [Label("专题会议", "Topic meeting")]
    TopicMeeting = 6,

    /// <summary>Study or training (学习教育).</summary>
    [Label("学习教育", "Study")]
    Study = 7,

    /// <summary>A written report (报告).</summary>
    [Label("报告", "Report")]
    Report = 8,

    /// <summary>Anything else.</summary>
    [Label("其他", "Other")]
    Other = 9,
}
