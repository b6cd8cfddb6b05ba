using GraphQL.Types;

namespace OpenCity.Server.Hosting;

/// <summary>Writes the schema as SDL, to a file or to standard output; <c>schema/opencity.graphql</c> is its output.</summary>
public sealed class ExportSchemaCommand(string? path) : ICommand
{
    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var sdl = SchemaPrinter.Print(app.Services.GetRequiredService<ISchema>());
        if (path is null)
        {
            Console.Write(sdl);
        }
        else
        {
            await File.WriteAllTextAsync(path, sdl, cancellationToken);
            Console.WriteLine($"Schema written to {path}.");
        }

        return 0;
    }
}
