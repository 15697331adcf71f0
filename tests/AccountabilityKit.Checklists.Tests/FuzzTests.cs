using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Checklists.Tests.Tailoring;
using AccountabilityKit.Checklists.Tests.Templates;
using AccountabilityKit.Serialization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Checklists.Tests;

/// <summary>Fuzz targets of the Checklists loaders (bounded by AKIT_FUZZ_SECONDS).</summary>
[Trait("Category", "Fuzz")]
public class FuzzTests
{
    [Fact]
    public void Fuzz_TemplateLoader_AcceptsOrRefusesWithTypedIssues_AndRoundTrips()
    {
        DocumentFuzz.Run<ChecklistTemplate>(
            [ChecklistTemplateJsonTests.Valid, ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021)],
            static (byte[] bytes, out ChecklistTemplate? value, out Validation.ValidationReport report) =>
            {
                using var stream = new MemoryStream(bytes);
                return ChecklistTemplateJson.TryLoad(stream, DocumentLimits.Default, out value, out report);
            },
            ChecklistTemplateJson.Save);
    }

    [Fact]
    public void Fuzz_ChecklistLoader_AcceptsOrRefusesWithTypedIssues_AndRoundTrips()
    {
        DocumentFuzz.Run<ResponsibilityChecklist>(
            [ResponsibilityChecklistJsonTests.Valid],
            static (byte[] bytes, out ResponsibilityChecklist? value, out Validation.ValidationReport report) =>
            {
                using var stream = new MemoryStream(bytes);
                return ResponsibilityChecklistJson.TryLoad(stream, DocumentLimits.Default, out value, out report);
            },
            ResponsibilityChecklistJson.Save);
    }
}
