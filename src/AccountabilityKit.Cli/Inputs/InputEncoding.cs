using AccountabilityKit.Serialization;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// The text encoding of the run's input files, from the global <c>--encoding</c> option (<c>auto</c>, <c>utf-8</c>,
/// <c>gb18030</c>): set once per invocation by the entry point for its own asynchronous flow, so parallel runs in one
/// process (the tests) do not see each other's choice. Unset, it is <see cref="DocumentEncoding.Detect"/>.
/// </summary>
internal static class InputEncoding
{
    private static readonly AsyncLocal<DocumentEncoding> Current = new();

    /// <summary>The spellings <c>--encoding</c> accepts, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "utf-8", "gb18030"];

    /// <summary>The encoding of the current run (default: detect).</summary>
    public static DocumentEncoding Value
    {
        get => Current.Value;
        set => Current.Value = value;
    }

    /// <summary>The encoding an accepted <c>--encoding</c> value names (anything else: detect).</summary>
    public static DocumentEncoding Parse(string? text) => text switch
    {
        "utf-8" => DocumentEncoding.Utf8,
        "gb18030" => DocumentEncoding.Gb18030,
        _ => DocumentEncoding.Detect,
    };
}
