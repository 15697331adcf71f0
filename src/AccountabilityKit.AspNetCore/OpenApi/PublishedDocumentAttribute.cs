namespace AccountabilityKit.AspNetCore.OpenApi;

/// <summary>
/// Marks a request property (a <c>JsonElement</c> or a list of them), or an endpoint whose whole body is one, as one of
/// the kit's published documents: the OpenAPI document then refers to that document's published JSON Schema (see
/// <see cref="AccountabilityKitOpenApiExtensions"/>), and the endpoint reads it with the owning package's loader.
/// </summary>
/// <param name="format">The document's name, one of <see cref="PublishedDocumentNames"/>.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
internal sealed class PublishedDocumentAttribute(string format) : Attribute
{
    /// <summary>The document's name (<c>ScoringRuleSet</c>).</summary>
    public string Format { get; } = format ?? throw new ArgumentNullException(nameof(format));
}

/// <summary>The names of the kit's published documents as they appear in the OpenAPI components.</summary>
internal static class PublishedDocumentNames
{
    /// <summary>A yearly checklist template (对照清单).</summary>
    public const string ChecklistTemplate = "ChecklistTemplate";

    /// <summary>A tailored responsibility checklist (责任清单).</summary>
    public const string ResponsibilityChecklist = "ResponsibilityChecklist";

    /// <summary>A scoring rule set.</summary>
    public const string ScoringRuleSet = "ScoringRuleSet";

    /// <summary>An accountability case (问责案件).</summary>
    public const string AccountabilityCase = "AccountabilityCase";

    /// <summary>A regulation pack.</summary>
    public const string RegulationPack = "RegulationPack";
}
