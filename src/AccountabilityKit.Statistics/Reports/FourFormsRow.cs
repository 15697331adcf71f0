using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>The person-times of one of the four forms and its share of all four (largest-remainder rounding, so the shares of a section add up to 100.0).</summary>
/// <param name="Form">The form.</param>
/// <param name="PersonTimes">Person-times under the form (人次): handlings (one person in one case) whose heaviest measure is of this form; not distinct people, not measures.</param>
/// <param name="SharePercent">Its share of the section's person-times in percent, one decimal; 0 when the section is empty.</param>
public sealed record FourFormsRow(DisciplineForm Form, int PersonTimes, decimal SharePercent)
{
    /// <summary>The per-measure tally: measures classified under the form (every measure of a handling counted).</summary>
    public int Measures { get; init; }

    /// <summary>The zh-CN label of the form.</summary>
    public string ChineseLabel => Labels.ZhCn(Form);

    /// <summary>The English label of the form.</summary>
    public string EnglishLabel => Labels.En(Form);
}
