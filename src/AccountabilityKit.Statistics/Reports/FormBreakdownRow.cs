using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>The entries of one accountability form in a <see cref="HeadlineReport"/> (one entry = one form applied to one subject).</summary>
/// <param name="Form">The form.</param>
/// <param name="Entries">Entries of the form (organisation entries + cadre entries).</param>
/// <param name="OrganizationEntries">Entries on Party organisations.</param>
/// <param name="CadreEntries">Entries on leading cadres (the per-entry tally: a cadre given two forms has an entry under each).</param>
/// <param name="CadrePersonTimes">Person-times of leading cadres (人次) whose heaviest form in the case is this form: each cadre counts once per case, under its heaviest form.</param>
public sealed record FormBreakdownRow(AccountabilityForm Form, int Entries, int OrganizationEntries, int CadreEntries, int CadrePersonTimes)
{
    /// <summary>The zh-CN label of the form.</summary>
    public string ChineseLabel => Labels.ZhCn(Form);

    /// <summary>The English label of the form.</summary>
    public string EnglishLabel => Labels.En(Form);
}
