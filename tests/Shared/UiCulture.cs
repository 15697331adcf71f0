using System.Globalization;

namespace AccountabilityKit.TestSupport;

/// <summary>
/// Sets <see cref="CultureInfo.CurrentUICulture"/> for the rest of a test and restores it on dispose:
/// <c>using var _ = UiCulture.Use("en");</c>. The culture flows with the test's execution context only.
/// </summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous;

    private UiCulture(CultureInfo culture)
    {
        _previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Uses <paramref name="name"/> (e.g. <c>en</c>, <c>zh-CN</c>, <c>fr</c>) as the UI culture until disposed.</summary>
    public static UiCulture Use(string name) => new(CultureInfo.GetCultureInfo(name));

    /// <inheritdoc/>
    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
