using Microsoft.Extensions.Options;

namespace OpenCity.Server.Hosting;

/// <summary>Refuses a CORS configuration at start that browsers would refuse, or that would leak, later.</summary>
internal sealed class OpenCityCorsOptionsValidator : IValidateOptions<OpenCityCorsOptions>
{
    private const string Section = OpenCityCorsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, OpenCityCorsOptions options)
    {
        var failures = new List<string>();
        if (options.AllowCredentials && options.AllowedOrigins.Count == 0)
        {
            failures.Add($"{Section}:AllowCredentials is true but {Section}:AllowedOrigins is empty: credentials are never "
                + "allowed for any origin. List the origins that may send them, or set AllowCredentials to false.");
        }

        foreach (var origin in options.AllowedOrigins)
        {
            if (!IsOrigin(origin))
            {
                failures.Add($"{Section}:AllowedOrigins: '{origin}' is not an origin. Write it as browsers send it, "
                    + "scheme://host[:port] with no path or trailing slash (e.g. https://maps.example.org); "
                    + "leave the list empty to let any origin read.");
            }
        }

        if (options.MaxAgeSeconds < 0)
        {
            failures.Add($"{Section}:MaxAgeSeconds must not be negative; 0 makes browsers ask before every request.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // An origin the CORS middleware can match: anything more (a path, a default port) would never equal a browser's Origin.
    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.UserInfo)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);
}
