using System.Diagnostics;
using AccountabilityKit.Localization;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.Hosting;

/// <summary>
/// One run of a long operation: an <see cref="Activity"/> of the kit's source (when someone listens), and on completion
/// a measurement of <c>accountabilitykit.operation.duration</c> tagged with the operation (and <c>error.type</c> when it
/// threw); a failure is also logged (event 9001) with the operation's name from the catalogue.
/// </summary>
internal sealed class KitOperation
{
    private readonly string _operation;
    private readonly long _started;

    private KitOperation(string operation, string activityName)
    {
        _operation = operation;
        Activity = KitInstrumentation.Source.StartActivity(activityName, ActivityKind.Internal);
        Activity?.SetTag(KitInstrumentation.OperationTag, operation);
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>The activity, or null when nobody listens.</summary>
    public Activity? Activity { get; }

    public static KitOperation Start(string operation, string activityName) => new(operation, activityName);

    /// <summary>Sets a tag on the activity (if any).</summary>
    public KitOperation Tag(string key, object? value)
    {
        Activity?.SetTag(key, value);
        return this;
    }

    /// <summary>Ends the operation successfully and returns its duration.</summary>
    public TimeSpan Complete()
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        KitInstrumentation.OperationDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(KitInstrumentation.OperationTag, _operation));
        Activity?.SetStatus(ActivityStatusCode.Ok);
        Activity?.Dispose();
        return elapsed;
    }

    /// <summary>Ends the operation as failed: records the duration with the error type, marks the activity and logs the failure.</summary>
    public void Fail(Exception exception, ILogger logger, Message operationName)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        KitInstrumentation.OperationDuration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>(KitInstrumentation.OperationTag, _operation),
            new KeyValuePair<string, object?>(KitInstrumentation.ErrorTypeTag, exception.GetType().FullName));
        if (Activity is { } activity)
        {
            activity.SetTag(KitInstrumentation.ErrorTypeTag, exception.GetType().FullName);
            activity.AddException(exception);
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity.Dispose();
        }

        Log.OperationFailed(logger, Catalog.Of(nameof(Messages.OperationFailed), ("operation", operationName), ("reason", exception.Message)), _operation, exception);
    }
}
