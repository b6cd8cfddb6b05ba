using System.Text;
using Microsoft.Extensions.Options;

namespace OpenCity.Server.Auth;

/// <summary>
/// Refuses at start, one line per fault naming the setting, an authentication the server could not
/// enforce: no way to check tokens in Production, a short key, or the public development key outside Development.
/// </summary>
internal sealed class OpenCityAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<OpenCityAuthOptions>
{
    private const string Section = OpenCityAuthOptions.SectionName;

    private const string Advice = "give 32 or more random characters (e.g. `openssl rand -base64 48`)";

    public ValidateOptionsResult Validate(string? name, OpenCityAuthOptions options)
    {
        var failures = new List<string>();
        if (options.SigningKey is { } key)
        {
            if (key == OpenCityAuthOptions.DevelopmentSigningKey && !environment.IsDevelopment())
            {
                failures.Add($"{Section}:SigningKey is the public development key, accepted in Development only: {Advice} (environment OpenCity__Auth__SigningKey), or set {Section}:Authority.");
            }
            else if (Encoding.UTF8.GetByteCount(key) < OpenCityAuthOptions.MinSigningKeyBytes)
            {
                failures.Add($"{Section}:SigningKey is too short ({Encoding.UTF8.GetByteCount(key)} bytes, at least {OpenCityAuthOptions.MinSigningKeyBytes}): {Advice}.");
            }
        }
        else if (environment.IsProduction() && !options.UsesAuthority)
        {
            failures.Add($"{Section}: neither Authority nor SigningKey is set, so no token could be checked: set {Section}:Authority to your identity provider (environment OpenCity__Auth__Authority), or {Section}:SigningKey: {Advice}.");
        }

        foreach (var (setting, value) in new[] { ("Authority", options.Authority), ("MetadataAddress", options.MetadataAddress) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                failures.Add($"{Section}:{setting} '{value}' is not an absolute URL (e.g. https://login.example.org/realms/city).");
            }
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            failures.Add($"{Section}:Audience is empty: name the audience tokens are issued for (default opencity).");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:ClockSkew must be between 00:00:00 and 00:05:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
