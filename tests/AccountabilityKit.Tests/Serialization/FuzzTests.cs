using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Serialization;

/// <summary>Fuzz targets of the vocabulary's own documents (org units, cadres), bounded by AKIT_FUZZ_SECONDS.</summary>
[Trait("Category", "Fuzz")]
public class FuzzTests
{
    private const string Units = """
        [ { "id": "P", "name": "某省", "kind": "province" },
          { "id": "C", "name": "某市", "kind": "city", "parentId": "P" },
          { "id": "D", "name": "某县", "kind": "county", "parentId": "C" } ]
        """;

    [Fact]
    public void Fuzz_OrgUnitLoader_AcceptsOrRefusesWithTypedIssues_AndRoundTrips()
    {
        var info = AccountabilityKitJson.TypeInfo<IReadOnlyList<OrgUnit>>();
        DocumentFuzz.Run<IReadOnlyList<OrgUnit>>(
            [Units],
            (byte[] bytes, out IReadOnlyList<OrgUnit>? value, out ValidationReport report) =>
            {
                if (!AccountabilityKitJson.TryRead(bytes, info, DocumentLimits.Default, out value, out report))
                {
                    return false;
                }

                // The org-unit loader is reading and then building the tree.
                if (!OrgTree.TryBuild(value, out _, out report))
                {
                    value = null;
                    return false;
                }

                return true;
            },
            units => AccountabilityKitJson.Write(units, info));
    }
}
