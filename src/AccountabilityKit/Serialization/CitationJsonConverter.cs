using System.Text.Json;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>Reads and writes <see cref="Citation"/> as a JSON string such as <c>"ARR2019 Art. 6(2)"</c>.</summary>
public sealed class CitationJsonConverter : TextValueJsonConverter<Citation>
{
    /// <inheritdoc />
    protected override Citation Parse(string text) => Citation.Parse(text);

    /// <inheritdoc />
    protected override string Format(Citation value) => value.ToString();
}
