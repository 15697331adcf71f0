using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.Hosting.Tests.TestSupport;

/// <summary>One log event as a provider sees it: level, id, the formatted text and the structured properties.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Text, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);

/// <summary>A logger provider that keeps every event (thread-safe).</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Events { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                : new Dictionary<string, object?>(StringComparer.Ordinal);
            owner.Events.Enqueue(new CapturedLog(category, logLevel, eventId, formatter(state, exception), properties, exception));
        }
    }
}
