using System.Diagnostics.CodeAnalysis;
using OpenCity.Data.Seeding;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Reads the administrative verbs: <c>seed [--size small|medium|large]</c> and
/// <c>export-schema [path]</c> (default: the repository's <c>schema/opencity.graphql</c>). Anything else starts the server; configuration switches such as
/// <c>--OpenCity:Database:Provider=PostgreSql</c> work with every verb.
/// </summary>
public static class CommandLine
{
    public static bool TryGetCommand(string[] args, [NotNullWhen(true)] out ICommand? command)
    {
        command = args.FirstOrDefault() switch
        {
            "seed" => new SeedCommand(ReadSize(args)),
            "export-schema" => new ExportSchemaCommand(args.Skip(1).FirstOrDefault(a => !a.StartsWith('-'))),
            _ => null,
        };
        return command is not null;
    }

    private static CitySize? ReadSize(string[] args)
    {
        var index = Array.IndexOf(args, "--size");
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length && Enum.TryParse<CitySize>(args[index + 1], ignoreCase: true, out var size)
            ? size
            : throw new ArgumentException("--size takes small, medium or large.");
    }
}
