using Microsoft.Extensions.Options;
using OpenCity.Data;

namespace OpenCity.Server.Hosting;

/// <summary>Applies the migrations the configured database lacks, whatever <c>MigrateOnStartup</c> says, and seeds nothing.</summary>
public sealed class MigrateCommand : ICommand
{
    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Console.WriteLine($"Migrating the {options.Provider} database …");
        var applied = await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        Console.WriteLine(applied.Count == 0 ? "Already up to date." : $"Applied {applied.Count}: {string.Join(", ", applied)}.");
        return 0;
    }
}
