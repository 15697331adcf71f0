using System.Text.Json;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>Reads and writes <see cref="AssessmentQuarter"/> as a JSON string such as <c>"2021Q2"</c> (also as a dictionary key).</summary>
public sealed class AssessmentQuarterJsonConverter : TextValueJsonConverter<AssessmentQuarter>
{
    /// <inheritdoc />
    protected override AssessmentQuarter Parse(string text) => AssessmentQuarter.Parse(text);

    /// <inheritdoc />
    protected override string Format(AssessmentQuarter value) => value.ToString();
}
