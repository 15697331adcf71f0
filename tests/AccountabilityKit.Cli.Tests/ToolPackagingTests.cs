namespace AccountabilityKit.Cli.Tests;

public sealed class ToolPackagingTests
{
    [Fact]
    public void Assembly_IsNamedAfterTheCommand()
    {
        typeof(Program).Assembly.GetName().Name.Should().Be("akit");
    }
}
