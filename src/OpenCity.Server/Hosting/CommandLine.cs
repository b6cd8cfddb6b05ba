using System.Diagnostics.CodeAnalysis;
using OpenCity.Data.Seeding;
using OpenCity.Server.Import;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Reads the administrative verbs: <c>migrate</c>, <c>seed [--size small|medium|large]</c>,
/// <c>import components|units &lt;file.geojson&gt;</c> and <c>export-schema [path]</c> (default: the
/// repository's <c>schema/opencity.graphql</c>). Anything else starts the server; configuration switches such as
/// <c>--OpenCity:Database:Provider=PostgreSql</c> work with every verb.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: OpenCity.Server [migrate | seed [--size small|medium|large] | import components|units <file.geojson> | export-schema [path] | backup <file> | restore <file>] [--Setting:Key=value …]
          (no verb)      serve the city at /graphql
          migrate        apply the migrations the database lacks, then stop (for MigrateOnStartup=false)
          seed           replace the database's contents with a demo city, showing progress
          import         add the features of a GeoJSON FeatureCollection as components or units: all of them, or none and why
          export-schema  write the schema as SDL (default: the repository's schema/opencity.graphql)
          backup <file>  back the database up to the file (SQLite: online backup; PostgreSQL: pg_dump -Fc)
          restore <file> replace the database's contents with the backup's (PostgreSQL: pg_restore)
        """;

    public static bool TryGetCommand(string[] args, [NotNullWhen(true)] out ICommand? command)
    {
        command = args.FirstOrDefault() switch
        {
            "migrate" => new MigrateCommand(),
            "seed" => new SeedCommand(ReadSize(args)),
            "import" => ReadImport(args),
            "export-schema" => new ExportSchemaCommand(args.Skip(1).FirstOrDefault(a => !a.StartsWith('-'))),
            "backup" => new BackupCommand(ReadFile(args, "backup")),
            "restore" => new RestoreCommand(ReadFile(args, "restore")),
            _ => null,
        };
        return command is not null;
    }

    private static ImportCommand ReadImport(string[] args)
    {
        var operands = args.Skip(1).Where(a => !a.StartsWith('-')).ToList();
        return operands is [var what, var path] && Enum.TryParse<ImportTarget>(what, ignoreCase: true, out var target) && Enum.IsDefined(target)
            ? new ImportCommand(target, path)
            : throw new CommandLineException("import takes what to import (components or units) and the GeoJSON file, e.g. `import components hydrants.geojson`.");
    }

    private static string ReadFile(string[] args, string verb) =>
        args.Skip(1).Where(a => !a.StartsWith('-')).ToList() is [var file]
            ? file
            : throw new CommandLineException($"{verb} takes the backup file, e.g. `{verb} opencity.backup`.");

    private static CitySize? ReadSize(string[] args)
    {
        var index = Array.IndexOf(args, "--size");
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length && Enum.TryParse<CitySize>(args[index + 1], ignoreCase: true, out var size) && Enum.IsDefined(size)
            ? size
            : throw new CommandLineException("--size takes small, medium or large.");
    }
}
