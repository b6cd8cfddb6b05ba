namespace OpenCity.Server.Auth;

/// <summary>
/// Who may sign the bearer tokens the server accepts, bound from <c>OpenCity:Auth</c>: a shared
/// signing key (the embedded default, and small deployments) or an identity provider's
/// <see cref="Authority"/> whose published keys (JWKS) are fetched and rotated.
/// </summary>
public sealed class OpenCityAuthOptions
{
    public const string SectionName = "OpenCity:Auth";

    /// <summary>The issuer of tokens signed with <see cref="SigningKey"/> when none is configured.</summary>
    public const string DefaultIssuer = "opencity";

    /// <summary>
    /// The key of the Development environment, used there when nothing else is configured, so that
    /// <c>dotnet run</c> and the <c>token</c> command agree out of the box. It is public (it is in this
    /// file), so every other environment refuses it at start.
    /// </summary>
    public const string DevelopmentSigningKey = "opencity-development-signing-key-public-never-in-production";

    /// <summary>The shortest signing key accepted, in UTF-8 bytes (HMAC-SHA256 wants 256 bits).</summary>
    public const int MinSigningKeyBytes = 32;

    /// <summary>The <c>iss</c> tokens must carry; default <see cref="DefaultIssuer"/>, or the authority's own when one is set.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> tokens must carry: this API's name at the identity provider.</summary>
    public string Audience { get; set; } = "opencity";

    /// <summary>A shared secret (32+ UTF-8 bytes) that signs tokens with HMAC-SHA256, e.g. those of the <c>token</c> command.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect identity provider (<c>https://…</c>): its metadata names its issuer and signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The metadata document, when not at <c>{Authority}/.well-known/openid-configuration</c>.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Whether the metadata must come over HTTPS; turn off only for a provider on the same machine.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How far clocks may disagree on a token's lifetime; short, so an expired token stops working soon.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the server trusts a provider's published keys rather than a shared key.</summary>
    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(MetadataAddress);

    /// <summary>The issuer checked and written: <see cref="Issuer"/>, else the default for a shared key, else the authority's.</summary>
    public string? EffectiveIssuer => !string.IsNullOrWhiteSpace(Issuer) ? Issuer : UsesAuthority ? null : DefaultIssuer;
}
