using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;

namespace OpenCity.Benchmarks.Queries;

/// <summary>
/// Two servers over the same city, side by side: <see cref="After"/> as the server is composed,
/// folding case with one SQL expression (and, on PostgreSQL, served by the case-folded indexes),
/// and <see cref="Before"/> folding with nested <c>replace()</c> (<see cref="NestedReplaceFolding"/>).
/// </summary>
public sealed class CaseFoldingServers : IAsyncDisposable
{
    private CaseFoldingServers(BenchmarkServer before, BenchmarkServer after)
    {
        (BeforeServer, AfterServer) = (before, after);
        (Before, After) = (new GraphQLClient(before.Address), new GraphQLClient(after.Address));
    }

    public GraphQLClient Before { get; }

    public GraphQLClient After { get; }

    public BenchmarkServer BeforeServer { get; }

    public BenchmarkServer AfterServer { get; }

    public static async Task<CaseFoldingServers> StartAsync(BenchmarkCity city, CancellationToken cancellationToken)
    {
        var after = await BenchmarkServer.StartAsync(city, mapBaselines: null, cancellationToken, AllowManyServers);
        var before = await BenchmarkServer.StartAsync(city, mapBaselines: null, cancellationToken, services =>
        {
            AllowManyServers(services);
            NestedReplaceFolding.Use(services);
        });
        return new CaseFoldingServers(before, after);
    }

    /// <summary>
    /// Two servers per benchmark case, in one process, build more than the twenty EF Core service
    /// providers after which EF Core suspects a leak and, warnings being errors here, throws.
    /// </summary>
    private static void AllowManyServers(IServiceCollection services) =>
        services.ConfigureDbContext<OpenCityDbContext>(options => options.ConfigureWarnings(w => w.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning)));

    /// <summary>Empties a server's EF Core query cache, so that its next request compiles its queries as the first one did.</summary>
    public static async Task ForgetCompiledQueriesAsync(BenchmarkServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        ((MemoryCache)db.GetService<IMemoryCache>()).Clear();
    }

    /// <summary>Both servers' answers to a query, which must be equal and free of errors, or the comparison means nothing.</summary>
    public async Task<JsonNode> CheckSameAnswerAsync(string query, object variables, CancellationToken cancellationToken)
    {
        var before = JsonNode.Parse(await Before.PostAsync(query, variables, cancellationToken))!;
        var after = JsonNode.Parse(await After.PostAsync(query, variables, cancellationToken))!;
        if (after["errors"] is { } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        }

        return JsonNode.DeepEquals(before, after)
            ? after["data"]!
            : throw new InvalidOperationException($"The answers differ for {query}: {before.ToJsonString()[..200]} / {after.ToJsonString()[..200]}");
    }

    public async ValueTask DisposeAsync()
    {
        Before.Dispose();
        After.Dispose();
        await BeforeServer.DisposeAsync();
        await AfterServer.DisposeAsync();
    }
}
