namespace AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// A fact that needs the real PostgreSQL server named by <c>AKIT_POSTGRES</c>. Without the variable it is reported as
/// skipped with how to enable it — except under <c>CI=true</c>, where it runs and fails, so CI can never pass by
/// skipping the server tests.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when no server is configured outside CI.</summary>
    public PostgresFactAttribute()
    {
        if (PostgresServer.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs the real PostgreSQL server; see <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory when no server is configured outside CI.</summary>
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
