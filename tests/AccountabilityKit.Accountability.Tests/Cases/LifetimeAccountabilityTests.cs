using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Localization;

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

        reason.Id.Should().Be("Accountability.LifetimeStaysOpen");
        reason["case"]!.Value.Value.Should().Be("2021-RG-007");
        reason["citation"]!.Value.Value.Should().Be(LifetimeAccountability.Citation);
        reason["event"]!.Value.Value.Should().BeOfType<LabelledValue>().Which.Chinese.Should().Be(Labels.ZhCn(careerEvent));
        reason.Render(MessageCatalog.English).Should().Contain("'2021-RG-007'").And.Contain("ARR2016 Art. 10");
        reason.Render(MessageCatalog.Chinese).Should().Contain("“2021-RG-007”").And.Contain(LifetimeAccountability.Citation.ToChineseString());
    }

    [Fact]
    public void Closes_UndefinedEvent_Throws()
    {
        var act = () => LifetimeAccountability.Closes(Samples.Case(), (CareerEvent)99, out _);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
