using System.Diagnostics.CodeAnalysis;
using OpenCity.Data.Seeding;
using OpenCity.Server.Auth;
using OpenCity.Server.Import;
using OpenCity.Server.Simulation;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Reads the administrative verbs: <c>migrate</c>, <c>seed [--size small|medium|large]</c>,
/// <c>import components|units &lt;file.geojson&gt;</c> and <c>export-schema [path]</c> (default: the
/// repository's <c>schema/opencity.graphql</c>), <c>backup</c>/<c>restore &lt;file&gt;</c> and
/// <c>token --role operator|admin [--department CODE] [--hours N]</c>. Anything else starts the server; configuration switches such as
/// <c>--OpenCity:Database:Provider=PostgreSql</c> work with every verb.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: OpenCity.Server [migrate | seed [--size small|medium|large] | import components|units <file.geojson> | export-schema [path] | backup <file> | restore <file> | token --role operator|admin [--department CODE] [--hours 8] [--subject NAME] | simulate [--url URL] [--seed N] [--readings-per-second N] [--failures-per-minute N] [--reports-per-minute N] [--seconds N] [--token T]] [--Setting:Key=value …]
          (no verb)      serve the city at /graphql
          migrate        apply the migrations the database lacks, then stop (for MigrateOnStartup=false)
          seed           replace the database's contents with a demo city, showing progress
          import         add the features of a GeoJSON FeatureCollection as components or units: all of them, or none and why
          export-schema  write the schema as SDL (default: the repository's schema/opencity.graphql)
          backup <file>  back the database up to the file (SQLite: online backup; PostgreSQL: pg_dump -Fc)
          restore <file> replace the database's contents with the backup's (PostgreSQL: pg_restore)
          token          print a bearer token signed with OpenCity:Auth:SigningKey (Development: the built-in key); an operator's
                         --department is a code such as WATER (its format is checked, not that the department exists);
                         --hours 1-720, default 8; --subject defaults to your user name
          simulate       drive a running server (default http://localhost:5000) for demos: sensor readings, failures and
                         repairs, citizens' reports; the same --seed repeats a run; until Ctrl+C unless --seconds is given
        """;

    private const int MaxTokenHours = 720;

    public static bool TryGetCommand(string[] args, [NotNullWhen(true)] out ICommand? command)
    {
        command = args.FirstOrDefault() switch
        {
            "migrate" => new MigrateCommand(),
            "seed" => new SeedCommand(ReadSize(args)),
            "import" => ReadImport(args),
            "export-schema" => new ExportSchemaCommand(args.Skip(1).FirstOrDefault(a => !a.StartsWith('-'))),
            "backup" => new BackupCommand(ReadFile(args, "backup"), restore: false),
            "restore" => new BackupCommand(ReadFile(args, "restore"), restore: true),
            "token" => ReadToken(args),
            "simulate" => ReadSimulate(args),
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

    private static SimulateCommand ReadSimulate(string[] args)
    {
        var url = ReadOption(args, "--url") ?? "http://localhost:5000";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            throw new CommandLineException($"--url takes the server's address, e.g. http://localhost:5000; '{url}' is not one.");
        }

        var defaults = new SimulationSettings();
        var settings = new SimulationSettings(
            (int)ReadNumber(args, "--seed", defaults.Seed, 0, int.MaxValue),
            (int)ReadNumber(args, "--readings-per-second", defaults.ReadingsPerSecond, 0, 100_000),
            ReadNumber(args, "--failures-per-minute", defaults.FailuresPerMinute, 0, 6000),
            ReadNumber(args, "--reports-per-minute", defaults.ReportsPerMinute, 0, 6000),
            ReadOption(args, "--seconds") is null ? null : (int)ReadNumber(args, "--seconds", 0, 1, 31_536_000));
        return new SimulateCommand(target, settings, ReadOption(args, "--token"));
    }

    private static double ReadNumber(string[] args, string name, double fallback, double min, double max)
    {
        var text = ReadOption(args, name);
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CommandLineException($"{name} takes a number from {min} to {max}; '{text}' is not one.");
    }

    private static TokenCommand ReadToken(string[] args)
    {
        var subject = ReadOption(args, "--subject") ?? Environment.UserName;
        var department = ReadOption(args, "--department");
        var hours = ReadOption(args, "--hours") is { } text
            ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var h) && h is >= 1 and <= MaxTokenHours
                ? h
                : throw new CommandLineException($"--hours takes a whole number of hours from 1 to {MaxTokenHours}.")
            : 8;
        var caller = ReadOption(args, "--role") switch
        {
            CallerClaims.AdminRole when department is null => Caller.Admin(subject),
            CallerClaims.AdminRole => throw new CommandLineException("An admin belongs to no department: leave out --department."),
            CallerClaims.OperatorRole when department is not null && CallerClaims.DepartmentCode().IsMatch(department) => Caller.Operator(department, subject),
            CallerClaims.OperatorRole => throw new CommandLineException("An operator's token needs --department with a department code: upper-case letters, digits, _ or -, e.g. WATER."),
            _ => throw new CommandLineException("token takes --role operator or --role admin, e.g. `token --role operator --department WATER`."),
        };
        return new TokenCommand(caller, TimeSpan.FromHours(hours));
    }

    private static string? ReadOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index < 0 ? null
            : index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1]
            : throw new CommandLineException($"{name} takes a value.");
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
