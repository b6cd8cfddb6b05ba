using OpenCity.Server.Hosting;

namespace OpenCity.Server.Import;

/// <summary><c>import components|units &lt;file.geojson&gt;</c>: loads a FeatureCollection, all or nothing, listing every refused feature.</summary>
public sealed class ImportCommand(ImportTarget target, string path) : ICommand
{
    public async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No such file: {path}");
            return 2;
        }

        await using var file = File.OpenRead(path);
        var report = await app.Services.GetRequiredService<GeoJsonImporter>().ImportAsync(target, file, cancellationToken);
        if (report.Succeeded)
        {
            Console.WriteLine($"Imported {report.Imported:N0} {target.ToString().ToLowerInvariant()} from {path}.");
            return 0;
        }

        Console.Error.WriteLine($"Nothing imported: {report.Rejected.Count:N0} feature(s) of {path} refused.");
        foreach (var rejected in report.Rejected)
        {
            Console.Error.WriteLine($"  {rejected}");
        }

        return 1;
    }
}
