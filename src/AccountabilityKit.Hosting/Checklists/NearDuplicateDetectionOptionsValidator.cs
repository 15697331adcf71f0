using Microsoft.Extensions.Options;

namespace AccountabilityKit.Hosting;

/// <summary>Checks the similarity settings at start (<c>CL070</c>, or <c>HO002</c> when they are null).</summary>
internal sealed class NearDuplicateDetectionOptionsValidator : IValidateOptions<NearDuplicateDetectionOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, NearDuplicateDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new OptionsFailures();
        failures.Add(nameof(NearDuplicateDetectionOptions), options.Similarity is null ? OptionsFailures.Missing("similarity") : options.Similarity.Validate());
        return failures.Result;
    }
}
