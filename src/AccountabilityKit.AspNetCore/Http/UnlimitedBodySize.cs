using Microsoft.AspNetCore.Http.Metadata;

namespace AccountabilityKit.AspNetCore.Http;

/// <summary>Lifts the server's own body-size limit on the kit's endpoints: <see cref="HttpBody"/> enforces the configured one and answers 413 as a problem.</summary>
internal sealed class UnlimitedBodySize : IRequestSizeLimitMetadata
{
    public static UnlimitedBodySize Instance { get; } = new();

    public long? MaxRequestBodySize => null;
}
