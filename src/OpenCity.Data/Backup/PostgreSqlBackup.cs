using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace OpenCity.Data.Backup;

/// <summary>
/// <c>pg_dump</c> and <c>pg_restore</c> in the custom format (<c>-Fc</c>: compressed, restorable
/// selectively and in parallel), run as processes. The connection's parameters go through the
/// environment (<c>PGHOST</c>, <c>PGPASSWORD</c> …), never on the command line, where every user
/// of the machine could read them.
/// </summary>
internal static class PostgreSqlBackup
{
    public static Task BackupAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", $"--file={file}"], cancellationToken);

    /// <summary>Drops what the backup holds and recreates it, in one transaction: all of it or nothing.</summary>
    public static Task RestoreAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync(
            "pg_restore",
            connectionString,
            ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", $"--dbname={new NpgsqlConnectionStringBuilder(connectionString).Database}", file],
            cancellationToken);

    private static async Task RunAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGSSLMODE"] = connection.SslMode.ToString().ToLowerInvariant() switch
        {
            "verifyca" => "verify-ca",
            "verifyfull" => "verify-full",
            var mode => mode,
        };
        start.Environment["PGAPPNAME"] = "opencity-" + tool;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"{tool} was not found on PATH: install the PostgreSQL client tools of the server's major version or later (Debian: postgresql-client).",
                exception);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            await output;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed (exit code {process.ExitCode}): {(await errors).Trim()}");
            }
        }
    }
}
