using System.Collections.Immutable;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.Localization;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Tests.History;

public sealed class HistoryChainTests
{
    [Fact]
    public void ComputeHash_KnownInput_MatchesSha256OfTheDocumentedText()
    {
        // Reference value from coreutils: printf '<64 zeros>\nc1\n1\n["a",null,"2022-01-10T09:30:00.123456Z"]' | sha256sum
        var content = HistoryChain.Canonical("a", null, Instant.FromUtc(2022, 1, 10, 9, 30) + Duration.FromTicks(1234567));

        HistoryChain.ComputeHash(HistoryChain.GenesisHash, "c1", 1, content)
            .Should().Be("3ab7bfc2f630bf6dd73f4049ebc011f0188308d637ca37b6dfc1f365ebf31398");
    }

    [Fact]
    public void Canonical_MixedParts_WritesOneJsonArrayInvariantly()
    {
        var text = HistoryChain.Canonical(
            ReviewState.Returned, 12.5m, new LocalDate(2022, 3, 1), ImmutableArray.Create("CL012", "CL020"), "引号\"", null, 7);

        text.Should().Be("""["Returned","12.5","2022-03-01",["CL012","CL020"],"引号\"",null,"7"]""");
    }

    [Fact]
    public void Canonical_InstantsDifferingBelowAMicrosecond_AreEqual()
    {
        var at = Instant.FromUtc(2022, 1, 1, 0, 0);

        HistoryChain.Canonical(at + Duration.FromTicks(3)).Should().Be(HistoryChain.Canonical(at));
        HistoryChain.Canonical(at + Duration.FromTicks(10)).Should().NotBe(HistoryChain.Canonical(at));
    }

    [Fact]
    public void Check_EmptyChain_IsIntact()
    {
        HistoryChainVerifier.Check("T", "k", []).Should().Be(new HistoryChainReport("T", "k", 0, null));
    }

    [Fact]
    public void Check_FirstEntryNotFromGenesis_ReportsPredecessorChanged()
    {
        var hash = HistoryChain.ComputeHash(new string('1', 64), "k", 1, "x");

        var report = HistoryChainVerifier.Check("T", "k", [new StoredHistoryEntry(1, "x", new string('1', 64), hash)]);

        report.FirstBrokenLink.Should().BeEquivalentTo(new { Sequence = 1, Kind = HistoryBreakKind.PredecessorChanged, ExpectedHash = HistoryChain.GenesisHash });
    }

    [Fact]
    public void Check_ChainNotStartingAtOne_ReportsSequenceGap()
    {
        var hash = HistoryChain.ComputeHash(HistoryChain.GenesisHash, "k", 2, "x");

        var report = HistoryChainVerifier.Check("T", "k", [new StoredHistoryEntry(2, "x", HistoryChain.GenesisHash, hash)]);

        report.FirstBrokenLink!.Kind.Should().Be(HistoryBreakKind.SequenceGap);
    }

    [Fact]
    public void IsHistoryEntry_KeyNotASimpleProperty_Throws()
    {
        var builder = new Microsoft.EntityFrameworkCore.ModelBuilder();

        var register = () => builder.Entity<Sample>().IsHistoryEntry(s => s.Key + "x", s => s.Sequence, s => s.Key);

        register.Should().Throw<ArgumentException>().WithMessage("*simple property access*");
    }

    [Fact]
    public void Labels_EveryPublicEnumMemberOfThePackage_IsLabelled()
    {
        Labels.FindUnlabelled(typeof(HistoryChain).Assembly).Should().BeEmpty();
    }

    private sealed record Sample(string Key, int Sequence);
}
