using Microsoft.Extensions.Options;
using OpenCity.Server.Hosting;

ICommand? command;
try
{
    CommandLine.TryGetCommand(args, out command);
}
catch (CommandLineException exception)
{
    await Console.Error.WriteLineAsync($"{exception.Message}\n{CommandLine.Usage}");
    return 2;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddOpenCity();

var app = builder.Build();
try
{
    // Settings first, for every verb: a missing or weak one is one line naming it, not a stack trace.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
}
catch (OptionsValidationException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}

if (command is not null)
{
    return await command.RunAsync(app, app.Lifetime.ApplicationStopping);
}

app.MapOpenCity();

// Listens at once; ready when the database is (see /health/ready).
return await app.RunOpenCityAsync(app.InitializeOpenCityAsync);

/// <summary>The server's entry point; public so functional tests can host it.</summary>
public partial class Program;
