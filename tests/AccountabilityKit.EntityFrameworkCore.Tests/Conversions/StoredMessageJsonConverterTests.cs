using System.Text.Json;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.EntityFrameworkCore.Tests.Assessment;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Localization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Conversions;

/// <summary>Messages inside stored aggregates (score-line and veto reasons) in their JSON columns.</summary>
public sealed class StoredMessageJsonConverterTests
{
    [Fact]
    public void Snapshot_DoesNotDependOnTheUiCultureOfWhoeverSaves()
    {
        var card = AssessmentModelTests.Cards()[0];
        card.Lines.Should().NotBeEmpty();

        string english, chinese;
        using (UiCulture.Use("en"))
        {
            english = ScoreCardHistory.Snapshot(card);
        }

        using (UiCulture.Use("zh-CN"))
        {
            chinese = ScoreCardHistory.Snapshot(card);
        }

        english.Should().Be(chinese, "an unchanged card must not get a new version because someone saved it in English");
        chinese.Should().Contain(JsonSerializer.Serialize(card.Lines[0].Reason.Render(MessageCatalog.Chinese), AssessmentStorageJsonContext.Strict));
    }

    [Fact]
    public void Reasons_RoundTripWithIdAndArguments()
    {
        var card = AssessmentModelTests.Cards()[0];

        var back = JsonSerializer.Deserialize(ScoreCardHistory.Snapshot(card), AssessmentStorageJsonContext.Info<ScoreCard>())!;

        back.Lines.Select(l => l.Reason).Should().Equal(card.Lines.Select(l => l.Reason));
        back.Lines.Select(l => l.Reason.Render(MessageCatalog.English)).Should().Equal(card.Lines.Select(l => l.Reason.Render(MessageCatalog.English)));
    }

    [Fact]
    public void Read_MessageOfAnUnloadedCatalogue_KeepsTheStoredText()
    {
        const string json = """{"id":"Retired.OldReason","arguments":[{"name":"count","kind":"wholeNumber","value":3}],"message":"旧版本的扣分理由（3项）"}""";

        var message = JsonSerializer.Deserialize<Message>(json, AssessmentStorageJsonContext.Strict)!;

        (message.Id, message["count"]!.Value.Value).Should().Be(("Retired.OldReason", (object)3L));
        message.Render(MessageCatalog.English).Should().Be("旧版本的扣分理由（3项）");
    }

    [Theory]
    [InlineData("""{"arguments":[]}""")]
    [InlineData("""{"id":"Test.Free","extra":1}""")]
    [InlineData("""["Test.Free"]""")]
    public void Read_NotAStoredMessage_ThrowsJsonException(string json)
    {
        var read = () => JsonSerializer.Deserialize<Message>(json, AssessmentStorageJsonContext.Strict);

        read.Should().Throw<JsonException>().WithMessage(Catalog.Of(nameof(Messages.StoredMessageMalformed)).Render(null));
    }

    [Fact]
    public void StoredCard_ReasonsComeBackFromTheDatabase()
    {
        var card = AssessmentModelTests.Cards()[0];
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "reasons");
        using (var context = KitDbContext.Create(database))
        {
            context.Add(card);
            context.SaveChanges();
        }

        using var check = KitDbContext.Create(database, ensureCreated: false);
        var stored = check.Set<ScoreCard>().Single();
        stored.Lines.Select(l => l.Reason).Should().Equal(card.Lines.Select(l => l.Reason));
        stored.Lines.Should().Contain(l => l.Reason.Id.StartsWith("Assessment.", StringComparison.Ordinal), "the scorer's reasons are catalogue messages");
    }
}
