using AccountabilityKit.Localization;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.Hosting;

/// <summary>
/// The kit's log events (ids stable, listed in the README). The text of each event is a catalogue message
/// (<c>{Text}</c>, rendered in the current UI culture when a provider formats it); the other parameters are structured
/// properties of the event for machines.
/// </summary>
/// <remarks>SYSLIB1015 (a parameter not named in the template) is intended: those parameters are structured properties.</remarks>
#pragma warning disable SYSLIB1015
internal static partial class Log
{
    public const int RegulationPackLoadedId = 1001;
    public const int RegulationPackRejectedId = 1002;
    public const int NearDuplicatesDetectedId = 2001;
    public const int RuleSetRejectedId = 4001;
    public const int RuleSetSwappedId = 4002;
    public const int RuleSetLoadedId = 4003;
    public const int QuarterScoredId = 4004;
    public const int StatisticsAggregatedId = 5001;
    public const int HistoryVerifiedId = 6001;
    public const int HistoryChainsBrokenId = 6002;
    public const int OperationFailedId = 9001;

    [LoggerMessage(EventId = RegulationPackLoadedId, EventName = "RegulationPackLoaded", Level = LogLevel.Information, Message = "{Text}")]
    public static partial void RegulationPackLoaded(ILogger logger, Message text, string source, string packId, string regulationVersion);

    [LoggerMessage(EventId = RegulationPackRejectedId, EventName = "RegulationPackRejected", Level = LogLevel.Error, Message = "{Text}")]
    public static partial void RegulationPackRejected(ILogger logger, Message text, string source, string codes);

    [LoggerMessage(EventId = NearDuplicatesDetectedId, EventName = "NearDuplicatesDetected", Level = LogLevel.Information, Message = "{Text}")]
    public static partial void NearDuplicatesDetected(ILogger logger, Message text, int lists, long comparedPairs, int pairs, double elapsedMilliseconds);

    [LoggerMessage(EventId = RuleSetRejectedId, EventName = "RuleSetRejected", Level = LogLevel.Error, Message = "{Text}")]
    public static partial void RuleSetRejected(ILogger logger, Message text, string source, string codes);

    [LoggerMessage(EventId = RuleSetSwappedId, EventName = "RuleSetSwapped", Level = LogLevel.Information, Message = "{Text}")]
    public static partial void RuleSetSwapped(ILogger logger, Message text, string source, string ruleSetId, string version);

    [LoggerMessage(EventId = RuleSetLoadedId, EventName = "RuleSetLoaded", Level = LogLevel.Information, Message = "{Text}")]
    public static partial void RuleSetLoaded(ILogger logger, Message text, string source, string ruleSetId, string version);

    [LoggerMessage(EventId = QuarterScoredId, EventName = "QuarterScored", Level = LogLevel.Information, Message = "{Text}")]
    public static partial void QuarterScored(ILogger logger, Message text, string quarter, int cards, double elapsedMilliseconds);

    [LoggerMessage(EventId = StatisticsAggregatedId, EventName = "StatisticsAggregated", Level = LogLevel.Debug, Message = "{Text}")]
    public static partial void StatisticsAggregated(ILogger logger, Message text, string engine, int rows, double elapsedMilliseconds);

    [LoggerMessage(EventId = HistoryVerifiedId, EventName = "HistoryVerified", Level = LogLevel.Information, Message = "{Text}")]
    public static partial void HistoryVerified(ILogger logger, Message text, string entityType, int chains, double elapsedMilliseconds);

    [LoggerMessage(EventId = HistoryChainsBrokenId, EventName = "HistoryChainsBroken", Level = LogLevel.Warning, Message = "{Text}")]
    public static partial void HistoryChainsBroken(ILogger logger, Message text, string entityType, int chains, int broken);

    [LoggerMessage(EventId = OperationFailedId, EventName = "OperationFailed", Level = LogLevel.Warning, Message = "{Text}")]
    public static partial void OperationFailed(ILogger logger, Message text, string operation, Exception exception);
}
#pragma warning restore SYSLIB1015
