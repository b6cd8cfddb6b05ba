using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpenCity.Data;
using OpenCity.Data.Backup;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Backs the configured database up to one file (safe while servers run on it) or, with
/// <see cref="Restore"/>, replaces its contents with such a backup.
/// </summary>
public sealed class BackupCommand(string file, bool restore) : ICommand
{
    public string File => file;

    public bool Restore => restore;

    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var provider = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var backup = new DatabaseBackup(provider, app.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
        var clock = Stopwatch.StartNew();
        try
        {
            await (restore ? backup.RestoreAsync(file, cancellationToken) : backup.BackupAsync(file, cancellationToken));
        }
        catch (InvalidOperationException exception)
        {
            // A missing tool, a wrong file, a failed dump: the operator needs the reason, not a stack trace.
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }

        Console.WriteLine(restore
            ? $"Restored {provider} from {Path.GetFullPath(file)} in {clock.Elapsed.TotalSeconds:F1} s."
            : $"Backed up {provider} to {Path.GetFullPath(file)} ({new FileInfo(file).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
