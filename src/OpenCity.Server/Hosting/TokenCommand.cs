using Microsoft.Extensions.Options;
using OpenCity.Server.Auth;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Prints a token signed with the configured key, for local use (Banana Cake Pop, curl, the tests).
/// Refuses without an explicit key: in Production that is an identity provider's job.
/// </summary>
/// <param name="Caller">Who the token stands for.</param>
/// <param name="Lifetime">How long it is valid.</param>
/// <param name="Output">Where the token goes (the console); errors go to standard error.</param>
public sealed record TokenCommand(Caller Caller, TimeSpan Lifetime, TextWriter? Output = null) : ICommand
{
    public Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        OpenCityAuthOptions options;
        try
        {
            options = app.Services.GetRequiredService<IOptions<OpenCityAuthOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return Task.FromResult(1);
        }

        if (string.IsNullOrEmpty(options.SigningKey))
        {
            Console.Error.WriteLine(
                $"{OpenCityAuthOptions.SectionName}:SigningKey is not set in the {app.Environment.EnvironmentName} configuration, so no token can be signed here: "
                + "give the key the servers use (environment OpenCity__Auth__SigningKey), or get a token from the identity provider (OpenCity:Auth:Authority).");
            return Task.FromResult(1);
        }

        (Output ?? Console.Out).WriteLine(app.Services.GetRequiredService<TokenIssuer>().Issue(Caller, Lifetime));
        return Task.FromResult(0);
    }
}
