namespace OpenCity.Benchmarks.Attacks;

/// <summary>One request shape of issue 8's "What was observed", built against the city at hand.</summary>
/// <param name="Name">The row's name, used by <c>--only</c>.</param>
/// <param name="Description">What the shape is and what it was seen to do.</param>
/// <param name="Build">Makes the request from the city's facts (ids, extent).</param>
public sealed record AttackShape(string Name, string Description, Func<CityFacts, AttackRequest> Build)
{
    /// <summary>A client timeout of its own, instead of <c>--client-timeout</c>.</summary>
    public TimeSpan? ClientTimeout { get; init; }

    /// <summary>Whether the shape is also sent to a server in Development, where the README's first command runs.</summary>
    public bool AlsoInDevelopment { get; init; }

    /// <summary>What to note about the answer beyond status, codes and size (e.g. CORS headers).</summary>
    public Func<AttackResponse, string>? Inspect { get; init; }
}
