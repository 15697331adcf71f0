using AccountabilityKit.Citations;

namespace AccountabilityKit.Accountability;

/// <summary>
/// The regulation article an enum member (or other element) rests on, with the digest's verification status
/// ([V]/[P]/[U]); an unverified basis must be confirmed locally before it is relied on.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="citation">A citation text such as <c>ARR2019 Art. 8</c>.</param>
    /// <param name="status">How well the digest verified it.</param>
    public CitesAttribute(string citation, VerificationStatus status)
    {
        CitationText = citation;
        Status = status;
    }

    /// <summary>The citation text, e.g. <c>ARR2019 Art. 7 item 9</c>.</summary>
    public string CitationText { get; }

    /// <summary>The parsed citation.</summary>
    public Citation Citation => Citation.Parse(CitationText);

    /// <summary>How well the digest verified the basis.</summary>
    public VerificationStatus Status { get; }
}
