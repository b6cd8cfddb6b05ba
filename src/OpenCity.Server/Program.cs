using OpenCity.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpenCity();

var app = builder.Build();
if (CommandLine.TryGetCommand(args, out var command))
{
    return await command.RunAsync(app, app.Lifetime.ApplicationStopping);
}

app.MapOpenCity();
await app.InitializeOpenCityAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

/// <summary>The server's entry point; public so functional tests can host it.</summary>
public partial class Program;
