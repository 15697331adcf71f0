namespace AccountabilityKit.AspNetCore.Http;

/// <summary>The request body passed <see cref="AccountabilityKitHttpOptions.MaxRequestBodyBytes"/>; answered 413.</summary>
internal sealed class BodyTooLargeException(long limit) : Exception
{
    public long Limit { get; } = limit;
}
