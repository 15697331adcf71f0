namespace AccountabilityKit.AspNetCore.Tests.EndToEnd;

/// <summary>A fact that needs <c>AKIT_POSTGRES</c>: skipped without it outside CI, run (and failing) under <c>CI=true</c>.</summary>
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
