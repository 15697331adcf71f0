using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Tests.TestSupport;

namespace AccountabilityKit.Accountability.Tests.Cases;

public class LifetimeAccountabilityTests
{
    [Theory]
    [InlineData(CareerEvent.Transfer)]
    [InlineData(CareerEvent.Promotion)]
    [InlineData(CareerEvent.Retirement)]
    public void ARR2016_Art10_CareerEvent_NeverClosesTheCase(CareerEvent careerEvent)
    {
        LifetimeAccountability.Closes(Samples.Case(), careerEvent, out var reason).Should().BeFalse();

        reason.Should().Contain("2021-RG-007").And.Contain("ARR2016 Art. 10");
    }

    [Fact]
    public void Closes_UndefinedEvent_Throws()
    {
        var act = () => LifetimeAccountability.Closes(Samples.Case(), (CareerEvent)99, out _);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
