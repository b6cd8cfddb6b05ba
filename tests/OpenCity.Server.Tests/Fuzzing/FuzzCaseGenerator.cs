namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Builds the request of one seed: mostly operations generated from the schema (POST, some GET),
/// then broken documents, then HTTP-level faults. Everything it draws comes from the seed, the
/// schema and the harvest, so one seed is one request, in the run and in a replay.
/// </summary>
public sealed class FuzzCaseGenerator(SchemaModel schema, CityHarvest harvest)
{
    public FuzzRequest Create(int seed)
    {
        var random = new FuzzRandom(seed);
        return random.Choose(55, 10, 17, 18) switch
        {
            0 => Post("operation", random, Operation(random)),
            1 => Get("operation-get", random, Operation(random)),
            2 => Broken(random),
            _ => new HttpFaultGenerator(random, () => Operation(random)).Request(),
        };
    }

    private FuzzOperation Operation(FuzzRandom random)
    {
        var parts = new DocumentParts
        {
            Sloppiness = random.Weighted((0.6, 0.0), (0.3, 0.03), (0.1, 0.15)),
            Oddness = random.Weighted((0.4, 0.05), (0.4, 0.25), (0.2, 0.6)),
            VariableChance = random.Weighted((0.5, 0.0), (0.35, 0.1), (0.15, 0.35)),
            Large = random.Chance(0.03),
        };
        var text = new TextGenerator(random, schema, harvest);
        var values = new ValueGenerator(random, schema, parts, text, new GeoJsonGenerator(random));
        return new QueryGenerator(random, schema, parts, values).Operation();
    }

    private FuzzRequest Broken(FuzzRandom random)
    {
        var operation = new BrokenDocumentGenerator(random, schema, () => Operation(random)).Document();
        return random.Chance(0.15) ? Get("broken-document-get", random, operation) : Post("broken-document", random, operation);
    }

    private static FuzzRequest Post(string kind, FuzzRandom random, FuzzOperation operation) =>
        new(kind, "POST", FuzzRequest.Path, HttpFaultGenerator.Json, Accept(random), GraphQLRequestEncoder.Body(operation));

    private static FuzzRequest Get(string kind, FuzzRandom random, FuzzOperation operation) =>
        GraphQLRequestEncoder.Url(operation) is { } url
            ? new(kind, "GET", url, null, Accept(random), null)
            : Post(kind + "-too-long-for-a-url", random, operation);

    private static string? Accept(FuzzRandom random) => random.Weighted<string?>(
        (0.5, HttpFaultGenerator.GraphQLResponse),
        (0.25, HttpFaultGenerator.Json),
        (0.1, null),
        (0.1, "*/*"),
        (0.05, $"{HttpFaultGenerator.GraphQLResponse}, {HttpFaultGenerator.Json};q=0.9"));
}
