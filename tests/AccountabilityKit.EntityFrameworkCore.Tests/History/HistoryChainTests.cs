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
        // Reference value from coreutils: printf '<64 zeros>\nc1\n1\n["a",null,"2022-01-10T09:30:00.123456700Z"]' | sha256sum
        var content = HistoryChain.Canonical("a", null, Instant.FromUtc(2022, 1, 10, 9, 30) + Duration.FromTicks(1234567));

        HistoryChain.ComputeHash(HistoryChain.GenesisHash, "c1", 1, content)
            .Should().Be("bc47b3c8d91633e8a9dbe10bd6563e7617368e450a48ee823647359687fc2fad");
    }

    [Fact]
    public void ComputeHash_WithAKey_IsHmacSha256OfTheSameText()
    {
        // Reference value from OpenSSL: printf '<64 zeros>\nc1\n1\n[…]' | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
        var content = HistoryChain.Canonical("a", null, Instant.FromUtc(2022, 1, 10, 9, 30) + Duration.FromTicks(1234567));
        var key = System.Text.Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");

        HistoryChain.ComputeHash(key, HistoryChain.GenesisHash, "c1", 1, content)
            .Should().Be("ea148ef4c98ae61f7ecf0eb1a5e1ec4aabfd41c87e6477201c2c6f3fad88c9f6");
    }

    [Fact]
    public void Canonical_MixedParts_WritesOneJsonArrayInvariantly()
    {
        var text = HistoryChain.Canonical(
            ReviewState.Returned, 12.5m, new LocalDate(2022, 3, 1), ImmutableArray.Create("CL012", "CL020"), "引号\"", null, 7);

        text.Should().Be("""["Returned","12.5","2022-03-01",["CL012","CL020"],"引号\"",null,"7"]""");
    }

    [Fact]
    public void Canonical_InstantsDifferingByOneTickOrOneNanosecond_Differ()
    {
        var at = Instant.FromUtc(2022, 1, 1, 0, 0);

        HistoryChain.Canonical(at + Duration.FromTicks(1)).Should().Be("[\"2022-01-01T00:00:00.000000100Z\"]").And.NotBe(HistoryChain.Canonical(at));
        HistoryChain.Canonical(at + Duration.FromNanoseconds(1)).Should().NotBe(HistoryChain.Canonical(at));
    }

    [Fact]
    public void Canonical_Decimals_AreTheirExactValueWhateverTheScale()
    {
        HistoryChain.Canonical(98.0m, 98.50m, -0.0m, 1E-28m).Should().Be("[\"98\",\"98.5\",\"0\",\"0.0000000000000000000000000001\"]");
        HistoryChain.Canonical(98.5m).Should().NotBe(HistoryChain.Canonical(98.5000000000000000000000001m));
    }

    [Fact]
    public void Canonical_IsCultureInvariant()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            HistoryChain.Canonical(12.5m, 2.5d, 1234567).Should().Be("[\"12.5\",\"2.5\",\"1234567\"]");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Check_EmptyChain_IsIntact()
    {
        HistoryChainVerifier.Check("T", "k", []).Should().Be(new HistoryChainReport("T", "k", 0, null, null));
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
