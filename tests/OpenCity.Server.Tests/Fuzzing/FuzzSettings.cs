using System.Globalization;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// The run's settings, from environment variables so that CI and a developer replaying a seed
/// use the same test: <c>OPENCITY_FUZZ_SEED</c> (master seed), <c>OPENCITY_FUZZ_REQUESTS</c> (per database),
/// <c>OPENCITY_FUZZ_PARALLELISM</c>, <c>OPENCITY_FUZZ_TIMEOUT_SECONDS</c>, <c>OPENCITY_FUZZ_REPLAY</c>
/// (one request's seed: send only that request and print it in full) and
/// <c>OPENCITY_FUZZ_ENVIRONMENT</c> (run against an own server in that ASP.NET Core environment,
/// e.g. Production, on the shared database, instead of the shared one in Testing).
/// </summary>
public sealed record FuzzSettings(int MasterSeed, int Requests, int Parallelism, TimeSpan Timeout, int? Replay, string? Environment)
{
    public const int DefaultMasterSeed = 812;

    public const string ReplayCommand = "dotnet test tests/OpenCity.Server.Tests --filter \"FullyQualifiedName~Fuzz\"";

    public static FuzzSettings FromEnvironment(int defaultRequests) => new(
        Read("OPENCITY_FUZZ_SEED") ?? DefaultMasterSeed,
        Read("OPENCITY_FUZZ_REQUESTS") ?? defaultRequests,
        Read("OPENCITY_FUZZ_PARALLELISM") ?? 4,
        TimeSpan.FromSeconds(Read("OPENCITY_FUZZ_TIMEOUT_SECONDS") ?? 20),
        Read("OPENCITY_FUZZ_REPLAY"),
        System.Environment.GetEnvironmentVariable("OPENCITY_FUZZ_ENVIRONMENT") is { Length: > 0 } environment ? environment : null);

    /// <summary>The seeds to send: the one replayed, or one per request derived from the master seed.</summary>
    public IReadOnlyList<int> Seeds() => Replay is { } seed
        ? [seed]
        : [.. Enumerable.Range(0, Requests).Select(index => FuzzRandom.RequestSeed(MasterSeed, index))];

    public static string ReplayCommandLine(int seed) => $"OPENCITY_FUZZ_REPLAY={seed} {ReplayCommand}";

    private static int? Read(string name) =>
        System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;
}
