namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>A fact that needs the real PostgreSQL.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (StoredDatabase.PostgresSkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
