using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>
/// A part of AccountabilityKit's model that <see cref="AccountabilityKitModelBuilderExtensions.ApplyAccountabilityKit"/>
/// maps as a whole, one per domain package (named on the options with <see cref="AccountabilityKitModelOptions.Checklists"/>,
/// <see cref="AccountabilityKitModelOptions.Assessment"/> …). No module's tables reference another's (units, checklists
/// and cases are referred to by their ids, not by foreign keys), so each can be mapped alone.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<AccountabilityKitModule>))]
public enum AccountabilityKitModule
{
    /// <summary>Organisation units (<c>org_unit</c>).</summary>
    [Label("组织机构", "organisation")]
    Organization,

    /// <summary>Checklist templates, checklists, reviews and their transitions, duty records.</summary>
    [Label("责任清单", "checklists")]
    Checklists,

    /// <summary>Findings, score cards and their versions, scoring rule-set versions.</summary>
    [Label("考核评价", "assessment")]
    Assessment,

    /// <summary>Accountability cases, their decisions, regulation-pack versions.</summary>
    [Label("问责", "accountability")]
    Accountability,

    /// <summary>The statistics fact tables (accountability facts, discipline-measure facts).</summary>
    [Label("统计", "statistics")]
    Statistics,
}
