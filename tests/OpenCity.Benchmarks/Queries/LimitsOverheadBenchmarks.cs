using System.Threading.RateLimiting;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data.Seeding;
using OpenCity.GraphQL.Data.Cost;
using OpenCity.GraphQL.Data.Limits;
using OpenCity.GraphQL.Transport.Limits;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// What the limits of issue 8 add to the README's page query, side by side in one run on the medium
/// city: the whole query executed in process, and beside it each step the limits add to every
/// request — counting the document's fields and aliases (on a cache miss), estimating the cost
/// (every request: it depends on the variables), measuring the filter, taking an admission slot
/// and arming the timeout. Their sum against the query is the overhead.
/// <c>dotnet run -c Release --project tests/OpenCity.Benchmarks -- --filter '*LimitsOverhead*'</c>
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
[MedianColumn]
public class LimitsOverheadBenchmarks
{
    private const string ReadmePage =
        "{ components(where: { kind: { eq: STREETLIGHT }, status: { eq: OPERATIONAL } }, order: [{ installedOn: ASC }], first: 50) { nodes { code name kind status installedOn } pageInfo { endCursor } } }";

    private readonly ConcurrencyLimiter _admission = new(new ConcurrencyLimiterOptions { PermitLimit = 16, QueueLimit = 64 });
    private BenchmarkServer _server = null!;
    private ISchema _schema = null!;
    private IntrospectionSize _introspection = null!;
    private GraphQLDocument _document = null!;
    private GraphQLOperationDefinition _operation = null!;
    private Dictionary<GraphQLField, IDictionary<string, ArgumentValue>> _arguments = null!;
    private Dictionary<string, object?> _filter = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _server = await BenchmarkServer.StartAsync(BenchmarkCity.PostGis("opencity_bench_queries", CitySize.Medium), mapBaselines: null, CancellationToken.None);
        _schema = _server.Services.GetRequiredService<ISchema>();
        _schema.Initialize();
        _introspection = IntrospectionSize.Of(_schema);
        _document = Parser.Parse(ReadmePage);
        _operation = (GraphQLOperationDefinition)_document.Definitions[0];
        var components = (GraphQLField)_operation.SelectionSet.Selections[0];
        _filter = new Dictionary<string, object?>
        {
            ["kind"] = new Dictionary<string, object?> { ["eq"] = "STREETLIGHT" },
            ["status"] = new Dictionary<string, object?> { ["eq"] = "OPERATIONAL" },
        };
        _arguments = new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>
        {
            [components] = new Dictionary<string, ArgumentValue>
            {
                ["first"] = new(50, ArgumentSource.Literal),
                ["where"] = new(_filter, ArgumentSource.Literal),
            },
        };
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _admission.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "README page, GraphQL in process (all limits on)")]
    public Task<object?> Page() => _server.ExecuteInProcessAsync(ReadmePage);

    [Benchmark(Description = "document size: fields and aliases (cache misses only)")]
    public int DocumentSizeOf() => DocumentSize.Of(_document).Fields;

    [Benchmark(Description = "cost estimate")]
    public double CostEstimate() => QueryCostAnalyzer.Analyze(_schema, _introspection, _document, _operation, _arguments, 10, 50, 500).Cost.Cost;

    [Benchmark(Description = "filter size")]
    public int FilterSizeOf() => FilterSize.Of(_filter).Conditions;

    [Benchmark(Description = "admission slot and timeout")]
    public async Task<bool> AdmissionAndTimeout()
    {
        using var lease = await _admission.AcquireAsync(1, CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        return lease.IsAcquired && !timeout.IsCancellationRequested;
    }
}
