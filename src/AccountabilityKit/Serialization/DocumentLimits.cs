namespace AccountabilityKit.Serialization;

/// <summary>
/// The bounds a reader of the kit holds an input to before and while reading it, each refused with its own code:
/// size (<c>AK046</c>) and nesting depth (<c>AK047</c>). The defaults suit every document the kit defines; raise them
/// for a trusted bulk import, lower them for input from the network.
/// </summary>
/// <example><code>
/// var limits = DocumentLimits.Default with { MaxBytes = 4 * 1024 * 1024 }; // 4 MiB for uploads
/// </code></example>
public sealed record DocumentLimits
{
    /// <summary>The default size limit: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The default depth limit: 64 levels of nested arrays and objects (System.Text.Json's own default).</summary>
    public const int DefaultMaxDepth = 64;

    private readonly long maxBytes = DefaultMaxBytes;
    private readonly int maxDepth = DefaultMaxDepth;

    /// <summary>The limits used when none are given: 64 MiB, depth 64.</summary>
    public static DocumentLimits Default { get; } = new();

    /// <summary>The largest input accepted, in bytes (of the encoded input, before decoding). At least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxBytes
    {
        get => maxBytes;
        init => maxBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The size limit must be at least 1 byte.");
    }

    /// <summary>The deepest nesting of arrays and objects accepted. Between 1 and 1,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1..1000.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The depth limit must be between 1 and 1000.");
    }
}
