using AccountabilityKit.Organization;
using AccountabilityKit.Tests.TestSupport;

namespace AccountabilityKit.Tests.Organization;

public sealed class OrgUnitIdTests : IdentifierContractTests<OrgUnitId>
{
    protected override OrgUnitId Create(string text) => new(text);

    protected override bool TryCreate(string? text, out OrgUnitId id) => OrgUnitId.TryCreate(text, out id);

    protected override string ValueOf(OrgUnitId id) => id.Value;
}
