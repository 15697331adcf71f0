using AccountabilityKit.Localization;
using AccountabilityKit.Statistics;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Validation;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.Hosting;

/// <summary>Checks the statistics settings at start: every stored column a dimension (<c>ST005</c>), none twice (<c>ST004</c>).</summary>
internal sealed class StatisticsOptionsValidator : IValidateOptions<StatisticsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StatisticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new OptionsFailures();
        if (options.FactTable is null)
        {
            failures.Add(nameof(StatisticsOptions), OptionsFailures.Missing("factTable"));
            return failures.Result;
        }

        var builder = new ValidationReportBuilder().Under("factTable");
        var seen = new HashSet<FactField>();
        var dimensions = options.FactTable.Dimensions;
        for (var i = 0; i < dimensions.Length; i++)
        {
            var field = dimensions[i];
            var argument = Enum.IsDefined(field)
                ? MessageArgument.Of("field", field)
                : MessageArgument.Text("field", ((int)field).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!FactFields.IsDimension(field))
            {
                builder.At("dimensions", i).Error(StatisticsIssueCodes.NotADimension, string.Empty, Catalog.Of(nameof(Messages.NotADimension), argument));
            }
            else if (!seen.Add(field))
            {
                builder.At("dimensions", i).Error(StatisticsIssueCodes.DuplicateDimension, string.Empty, Catalog.Of(nameof(Messages.DuplicateDimension), argument));
            }
        }

        failures.Add(nameof(StatisticsOptions), builder.Build());
        return failures.Result;
    }
}
