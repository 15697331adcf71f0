namespace AccountabilityKit.Hosting;

/// <summary>
/// The names under which the kit emits traces and metrics, for <c>AddSource</c> / <c>AddMeter</c> in OpenTelemetry (or
/// an <c>ActivityListener</c> / <c>MeterListener</c>). The instruments, activities and log event ids are listed in the
/// package README.
/// </summary>
public static class AccountabilityKitTelemetry
{
    /// <summary>The name of the kit's <see cref="System.Diagnostics.ActivitySource"/>: <c>AccountabilityKit</c>.</summary>
    public const string ActivitySourceName = "AccountabilityKit";

    /// <summary>The name of the kit's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>AccountabilityKit</c>.</summary>
    public const string MeterName = "AccountabilityKit";
}
