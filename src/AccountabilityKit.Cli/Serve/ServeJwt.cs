using System.Security.Cryptography;
using System.Text;
using AccountabilityKit.Cli.Inputs;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime;

namespace AccountabilityKit.Cli.Serve;

/// <summary>
/// The bearer-token parameters of one run: from configuration (<c>AccountabilityKit:Jwt:Issuer</c>, <c>Audience</c>,
/// <c>SigningKey</c>), or, in development mode, a random key of this run with fixed issuer and audience.
/// </summary>
internal sealed class ServeJwt
{
    /// <summary>The issuer of development tokens.</summary>
    public const string DevelopmentIssuer = "akit-serve-development";

    /// <summary>The audience of development tokens.</summary>
    public const string DevelopmentAudience = "akit";

    /// <summary>The least signing-key length in bytes (HMAC-SHA256).</summary>
    public const int MinimumKeyBytes = 32;

    private ServeJwt(string issuer, string audience, SymmetricSecurityKey key)
    {
        Issuer = issuer;
        Audience = audience;
        Key = key;
    }

    /// <summary>The expected issuer.</summary>
    public string Issuer { get; }

    /// <summary>The expected audience.</summary>
    public string Audience { get; }

    /// <summary>The signing key.</summary>
    public SymmetricSecurityKey Key { get; }

    /// <summary>The parameters for <paramref name="settings"/>, or a <see cref="UsageException"/> naming what configuration lacks.</summary>
    public static ServeJwt From(ServeSettings settings, IConfiguration configuration)
    {
        if (settings.Development || settings.DevTokenUnit is not null)
        {
            return new ServeJwt(DevelopmentIssuer, DevelopmentAudience, new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(MinimumKeyBytes)));
        }

        var section = configuration.GetSection("AccountabilityKit:Jwt");
        var issuer = section["Issuer"];
        var audience = section["Audience"];
        var key = section["SigningKey"];
        if (string.IsNullOrWhiteSpace(issuer) || string.IsNullOrWhiteSpace(audience) || string.IsNullOrWhiteSpace(key))
        {
            throw UsageException.Of(nameof(Messages.ServeJwtMissing));
        }

        var bytes = Encoding.UTF8.GetBytes(key);
        if (bytes.Length < MinimumKeyBytes)
        {
            throw UsageException.Of(nameof(Messages.ServeJwtKeyShort), ("bytes", MinimumKeyBytes));
        }

        return new ServeJwt(issuer, audience, new SymmetricSecurityKey(bytes));
    }

    /// <summary>The validation parameters JwtBearer checks every token against.</summary>
    public TokenValidationParameters Validation() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = Key,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateIssuerSigningKey = true,
        ValidateLifetime = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
    };

    /// <summary>A signed token for <paramref name="unit"/> in the org-unit claim, valid for <paramref name="lifetime"/> from now.</summary>
    public string CreateToken(string claimType, string unit, IClock clock, Duration lifetime)
    {
        var now = clock.GetCurrentInstant();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object> { [claimType] = unit, ["sub"] = "akit-dev-" + unit },
            IssuedAt = now.ToDateTimeUtc(),
            NotBefore = now.ToDateTimeUtc(),
            Expires = (now + lifetime).ToDateTimeUtc(),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
