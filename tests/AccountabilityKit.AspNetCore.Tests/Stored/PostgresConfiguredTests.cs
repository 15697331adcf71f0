namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>Makes a missing PostgreSQL visible: skipped with the hint when <c>AKIT_POSTGRES</c> is unset outside CI.</summary>
public sealed class PostgresConfiguredTests
{
    [PostgresFact]
    public void The_stored_data_tests_run_on_PostgreSQL_too() =>
        ((IEnumerable<object[]>)StoredHosts.Databases).Select(row => (bool)row[0]).Should().Contain(true);
}
