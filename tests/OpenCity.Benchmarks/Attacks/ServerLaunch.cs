namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// How the real server is started for the attacks: its built assembly, run by <c>dotnet</c> on a
/// SQLite file that it seeds with the small city on the first start and that later runs reuse.
/// </summary>
/// <param name="ServerAssembly">The path of <c>OpenCity.Server.dll</c>.</param>
/// <param name="DatabasePath">The SQLite file.</param>
public sealed record ServerLaunch(string ServerAssembly, string DatabasePath)
{
    private const string AssemblyName = "OpenCity.Server.dll";

    // Fixed, so that cursors stay valid across the restarts after a crash; 32 characters at least.
    private const string CursorSecret = "attack-benchmark-cursor-secret-0123456789";

    /// <summary>
    /// The server assembly the benchmark project's reference copies next to its own output, or
    /// failing that the server project's own Release build; the database under the temp folder.
    /// </summary>
    public static ServerLaunch Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, AssemblyName);
        var assembly = File.Exists(beside) ? beside : FindReleaseBuild() ?? throw new FileNotFoundException(
            $"{AssemblyName} is neither beside the benchmark ({AppContext.BaseDirectory}) nor under src/OpenCity.Server/bin/Release/net10.0; build the server first.");
        return new ServerLaunch(assembly, Path.Combine(Path.GetTempPath(), "opencity-attacks", "attacks.db"));
    }

    /// <summary>The server's settings, as environment variables, for one start.</summary>
    /// <param name="environment">Production, or Development (where the README's first command runs).</param>
    /// <param name="port">A free loopback port.</param>
    public IReadOnlyDictionary<string, string> Environment(string environment, int port) => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = environment,
        ["Urls"] = $"http://127.0.0.1:{port}",
        ["OpenCity__Database__Provider"] = "Sqlite",
        ["OpenCity__Database__SeedOnStartup"] = "true",
        ["OpenCity__Database__SeedSize"] = "Small",
        ["ConnectionStrings__OpenCity"] = $"Data Source={DatabasePath}",
        ["OpenCity__Paging__CursorSecret"] = CursorSecret,
    };

    private static string? FindReleaseBuild()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "OpenCity.Server", "bin", "Release", "net10.0", AssemblyName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
