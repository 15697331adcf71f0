using AccountabilityKit.People;
using AccountabilityKit.Tests.TestSupport;

namespace AccountabilityKit.Tests.People;

public sealed class PersonIdTests : IdentifierContractTests<PersonId>
{
    protected override PersonId Create(string text) => new(text);

    protected override bool TryCreate(string? text, out PersonId id) => PersonId.TryCreate(text, out id);

    protected override string ValueOf(PersonId id) => id.Value;
}
