using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>
/// The model areas <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/> applies, one per domain
/// package; each lives in its own folder (Organization/, Checklists/, Assessment/, Accountability/, Statistics/).
/// </summary>
internal static class ModelAreas
{
    public static readonly IReadOnlyList<Action<ModelBuilder, AccountabilityKitModelOptions>> All =
    [
        Organization.OrganizationModel.Configure,
        Checklists.ChecklistsModel.Configure,
        Assessment.AssessmentModel.Configure,
        Accountability.AccountabilityModel.Configure,
        Statistics.StatisticsModel.Configure,
    ];
}
