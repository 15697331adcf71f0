using NodaTime;

namespace AccountabilityKit.Cli.Demo;

/// <summary>A clock that always reads one instant: the demo's "now", so that the same seed prints the same bytes.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
