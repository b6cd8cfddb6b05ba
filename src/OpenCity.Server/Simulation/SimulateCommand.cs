using Microsoft.Extensions.Options;
using OpenCity.Server.Auth;
using OpenCity.Server.Hosting;

namespace OpenCity.Server.Simulation;

/// <summary>
/// Drives a running server for demos and dashboards (<see cref="CitySimulator"/>): readings,
/// failures and repairs as an admin, reports as citizens. The token is the one given, or an admin's
/// signed with the configured key (Development: the built-in one), as <c>token</c> would print.
/// </summary>
/// <param name="Target">The running server, e.g. <c>http://localhost:5000</c>.</param>
/// <param name="Settings">How lively the city is, and the seed that makes a run repeat.</param>
/// <param name="Token">A token to act with; null: mint an admin's.</param>
public sealed record SimulateCommand(Uri Target, SimulationSettings Settings, string? Token) : ICommand
{
    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var token = Token;
        if (token is null)
        {
            var key = app.Services.GetRequiredService<IOptions<OpenCityAuthOptions>>().Value.SigningKey;
            if (string.IsNullOrEmpty(key))
            {
                await Console.Error.WriteLineAsync($"No token: give --token, or set {OpenCityAuthOptions.SectionName}:SigningKey to the key the server uses.");
                return 1;
            }

            token = app.Services.GetRequiredService<TokenIssuer>().Issue(Caller.Admin("simulator"), TimeSpan.FromHours(24));
        }

        using var client = new HttpClient { BaseAddress = Target, Timeout = TimeSpan.FromSeconds(30) };
        var simulator = new CitySimulator(client, token, Console.Out);
        try
        {
            var city = await simulator.LoadCityAsync(cancellationToken);
            Console.WriteLine($"Simulating {Target} with seed {Settings.Seed}: {city.Sensors.Count} sensors, {city.Assets.Count} assets, {city.Categories.Count} kinds of report.");
            var totals = await simulator.RunAsync(Settings, city, TimeProvider.System, cancellationToken);
            Console.WriteLine($"Done: {totals}");
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (HttpRequestException exception)
        {
            await Console.Error.WriteLineAsync($"The server at {Target} did not answer: {exception.Message}");
            return 1;
        }
    }
}
