using NodaTime;

namespace AccountabilityKit.Tests.TestSupport;

/// <summary>A NodaTime clock that always returns the same instant (NodaTime.Testing is not referenced).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public Instant GetCurrentInstant() => Now;
}
