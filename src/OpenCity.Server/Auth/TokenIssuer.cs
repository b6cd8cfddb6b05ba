using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OpenCity.Server.Auth;

/// <summary>Signs tokens with the configured shared key, for local use (the <c>token</c> command) and tests.</summary>
public sealed class TokenIssuer(IOptions<OpenCityAuthOptions> options, TimeProvider timeProvider)
{
    /// <summary>Whether a shared key is configured; without one (an authority only) the identity provider issues tokens.</summary>
    public bool CanIssue => !string.IsNullOrEmpty(options.Value.SigningKey);

    /// <summary>A signed token for the caller, valid from now for <paramref name="lifetime"/>.</summary>
    public string Issue(Caller caller, TimeSpan lifetime)
    {
        if (caller.Role == CallerRole.Anonymous || caller.Subject is null)
        {
            throw new ArgumentException("An anonymous caller needs no token.", nameof(caller));
        }

        var settings = options.Value;
        var key = settings.SigningKey ?? throw new InvalidOperationException($"{OpenCityAuthOptions.SectionName}:SigningKey is not set.");
        var claims = new List<Claim>
        {
            new(CallerClaims.Subject, caller.Subject),
            new(CallerClaims.Role, caller.Role == CallerRole.Admin ? CallerClaims.AdminRole : CallerClaims.OperatorRole),
        };
        if (caller.DepartmentCode is { } department)
        {
            claims.Add(new Claim(CallerClaims.Department, department));
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.EffectiveIssuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(SigningKeyOf(key), SecurityAlgorithms.HmacSha256),
        });
    }

    internal static SymmetricSecurityKey SigningKeyOf(string key) => new(Encoding.UTF8.GetBytes(key));
}
