using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AccountabilityKit.Hosting.Tests.TestSupport;

/// <summary>A measurement of one of the kit's instruments, with its tags.</summary>
internal sealed record RecordedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>
/// Listens to the kit's <see cref="ActivitySource"/> and <see cref="Meter"/> (by their public names) for the life of a
/// test. Other tests run in parallel, so assertions select what they look for by operation, tag or a unique value.
/// </summary>
internal sealed class TelemetryRecorder : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;

    public TelemetryRecorder()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = static source => source.Name == AccountabilityKitTelemetry.ActivitySourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = static (instrument, listener) =>
            {
                if (instrument.Meter.Name == AccountabilityKitTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
    }

    public ConcurrentQueue<Activity> Activities { get; } = new();

    public ConcurrentQueue<RecordedMeasurement> Measurements { get; } = new();

    public IEnumerable<RecordedMeasurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument);

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        Measurements.Enqueue(new RecordedMeasurement(instrument.Name, instrument.Unit, value, copy));
    }
}
