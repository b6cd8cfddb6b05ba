using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpenCity.Data;
using OpenCity.Data.Backup;

namespace OpenCity.Server.Hosting;

/// <summary>Replaces the configured database's contents with a backup made by <see cref="BackupCommand"/>.</summary>
public sealed class RestoreCommand(string file) : ICommand
{
    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var provider = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var clock = Stopwatch.StartNew();
        try
        {
            await new DatabaseBackup(provider, app.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)).RestoreAsync(file, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            // A missing tool, a wrong file, a failed dump: the operator needs the reason, not a stack trace.
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }

        Console.WriteLine($"Restored {provider} from {Path.GetFullPath(file)} in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
