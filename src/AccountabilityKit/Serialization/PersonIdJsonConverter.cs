using System.Text.Json;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>Reads and writes <see cref="PersonId"/> as a JSON string (also as a dictionary key).</summary>
public sealed class PersonIdJsonConverter : TextValueJsonConverter<PersonId>
{
    /// <inheritdoc />
    protected override PersonId Parse(string text) => new(text);

    /// <inheritdoc />
    protected override string Format(PersonId value) => value.Value;
}
