using GraphQL.Types;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Writes the schema as SDL to <c>schema/opencity.graphql</c> of the repository around the
/// working directory (<c>dotnet run</c> starts in the project's folder), or to a given path.
/// </summary>
public sealed class ExportSchemaCommand(string? path) : ICommand
{
    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var target = path ?? DefaultPath();
        var sdl = SchemaPrinter.Print(app.Services.GetRequiredService<ISchema>());
        await File.WriteAllTextAsync(target, sdl, cancellationToken);
        Console.WriteLine($"Schema written to {Path.GetFullPath(target)}.");
        return 0;
    }

    private static string DefaultPath()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenCity.sln")))
            {
                return Path.Combine(directory.FullName, "schema", "opencity.graphql");
            }
        }

        throw new InvalidOperationException("No OpenCity.sln above the working directory: give the output path, e.g. `export-schema /tmp/opencity.graphql`.");
    }
}
