using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpenCity.Data;
using OpenCity.Data.Seeding;
using OpenCity.Data.Seeding.Loading;

namespace OpenCity.Server.Hosting;

/// <summary>Replaces the configured database's contents with a demo city of the given size, showing progress.</summary>
public sealed class SeedCommand(CitySize? size) : ICommand
{
    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var chosen = size ?? options.SeedSize;
        Console.WriteLine($"Seeding a {chosen} demo city into {options.Provider} …");
        var clock = Stopwatch.StartNew();
        var progress = new SynchronousProgress(p =>
            Console.WriteLine($"  {p.Table,-24} {p.RowsWritten,10:N0} / {p.TotalRows,10:N0}  ({clock.Elapsed.TotalSeconds,6:F1} s)"));
        await app.Services.GetRequiredService<DatabaseInitializer>().SeedAsync(chosen, progress, cancellationToken);
        Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    // Progress<T> posts to the thread pool, so lines could print out of order or after "Done".
    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
