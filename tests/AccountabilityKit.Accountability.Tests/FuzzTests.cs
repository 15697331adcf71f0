using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Accountability.Tests.Cases;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Serialization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Accountability.Tests;

/// <summary>Fuzz targets of the Accountability loaders (bounded by AKIT_FUZZ_SECONDS).</summary>
[Trait("Category", "Fuzz")]
public class FuzzTests
{
    [Fact]
    public void Fuzz_CaseLoader_AcceptsOrRefusesWithTypedIssues_AndRoundTrips()
    {
        DocumentFuzz.Run<AccountabilityCase>(
            [AccountabilityCaseJsonTests.Json, AccountabilityCaseJson.Save(Samples.Case())],
            static (byte[] bytes, out AccountabilityCase? value, out Validation.ValidationReport report) =>
            {
                using var stream = new MemoryStream(bytes);
                return AccountabilityCaseJson.TryLoad(stream, DocumentLimits.Default, out value, out report);
            },
            AccountabilityCaseJson.Save);
    }

    [Fact]
    public void Fuzz_RegulationPackLoader_AcceptsOrRefusesWithTypedIssues_AndRoundTrips()
    {
        DocumentFuzz.Run<RegulationPack>(
            [.. BuiltInRegulationPacks.All.Select(RegulationPackJson.Save)],
            static (byte[] bytes, out RegulationPack? value, out Validation.ValidationReport report) =>
            {
                using var stream = new MemoryStream(bytes);
                return RegulationPackJson.TryLoad(stream, DocumentLimits.Default, out value, out report);
            },
            RegulationPackJson.Save);
    }
}
