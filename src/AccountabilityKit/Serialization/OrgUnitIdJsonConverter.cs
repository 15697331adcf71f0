using System.Text.Json;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>Reads and writes <see cref="OrgUnitId"/> as a JSON string (also as a dictionary key).</summary>
public sealed class OrgUnitIdJsonConverter : TextValueJsonConverter<OrgUnitId>
{
    /// <inheritdoc />
    protected override OrgUnitId Parse(string text) => new(text);

    /// <inheritdoc />
    protected override string Format(OrgUnitId value) => value.Value;
}
