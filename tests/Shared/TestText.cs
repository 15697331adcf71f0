using AccountabilityKit.Localization;

namespace AccountabilityKit.TestSupport;

/// <summary>
/// Messages for tests that need an issue with some text: a catalogue named <c>Test</c> held in memory, whose one
/// message <c>Test.Free</c> renders its <c>text</c> argument as it is.
/// </summary>
public static class TestText
{
    private static readonly MessageCatalog Catalog = new(
        "Test",
        new Dictionary<string, string> { ["Free"] = "{text}" },
        new Dictionary<string, string> { ["Free"] = "{text}" });

    /// <summary>A message that renders as <paramref name="text"/> in every culture.</summary>
    public static Message Of(string text) => Catalog.Create("Free", ("text", text));
}
