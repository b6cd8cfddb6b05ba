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
if (command is not null)
{
    return await command.RunAsync(app, app.Lifetime.ApplicationStopping);
}

app.MapOpenCity();
await app.InitializeOpenCityAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

/// <summary>The server's entry point; public so functional tests can host it.</summary>
public partial class Program;
