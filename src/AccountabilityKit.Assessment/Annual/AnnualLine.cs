using AccountabilityKit.Localization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Assessment.Annual;

/// <summary>One line of an annual card: a quarter's routine score or the year-end score, with its weight and points.</summary>
/// <param name="Item">The item: <c>quarter</c>, <c>yearEnd</c> or <c>rounding</c>.</param>
/// <param name="Quarter">The quarter, for quarter lines.</param>
/// <param name="Score">The score the line weighs (for a missing quarter, the value the policy put in).</param>
/// <param name="Weight">The effective weight in the annual total (quarter weight × routine weight, or the year-end weight).</param>
/// <param name="Points">The points it contributes: score × weight (unrounded); the lines sum exactly to the total.</param>
/// <param name="Reason">Why, as a catalogue message (<c>Reason.Render(culture)</c>).</param>
public sealed record AnnualLine(string Item, AssessmentQuarter? Quarter, decimal Score, decimal Weight, decimal Points, Message Reason);
