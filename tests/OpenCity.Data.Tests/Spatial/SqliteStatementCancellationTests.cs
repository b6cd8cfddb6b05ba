using Microsoft.EntityFrameworkCore;
using OpenCity.Geospatial.Querying;

namespace OpenCity.Data.Tests.Spatial;

/// <summary>
/// A long SQLite statement stops when its token is cancelled, inside SQLite or inside the
/// in-process spatial functions, and the connection is free for the next statement. SQLite runs
/// synchronously on the caller's thread, so "returned" means "no longer running".
/// </summary>
public sealed class SqliteStatementCancellationTests(SqliteSmallCityFixture fixture) : IClassFixture<SqliteSmallCityFixture>
{
    /// <summary>Only keeps a broken interruption from hanging the run; never reached when it works.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_spatial_query_over_every_pair_of_components_stops_when_cancelled()
    {
        await using var context = fixture.CreateContext();
        await context.Database.OpenConnectionAsync();
        var pairs = context.Components.SelectMany(a => context.Components, (a, b) => new { a, b })
            .Where(pair => Geodesic.DistanceMeters(pair.a.Geometry, pair.b.Geometry) < 0);

        await AssertCancelledAsync(cancellationToken => pairs.CountAsync(cancellationToken));

        Assert.Equal(fixture.City.Components.Count, await context.Components.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task A_statement_without_spatial_functions_is_interrupted_too()
    {
        await using var context = fixture.CreateContext();
        await context.Database.OpenConnectionAsync();
        var endless = context.Database.SqlQueryRaw<long>(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 1000000000000) SELECT count(*) AS Value FROM n");

        await AssertCancelledAsync(cancellationToken => endless.SingleAsync(cancellationToken));

        Assert.Equal(3, await context.Database.SqlQueryRaw<long>("SELECT 3 AS Value").SingleAsync());
    }

    [Fact]
    public async Task Rows_read_after_cancellation_stop_the_statement()
    {
        await using var context = fixture.CreateContext();
        await context.Database.OpenConnectionAsync();
        using var cancellation = new CancellationTokenSource();
        var read = 0;

        var reading = Task.Run(async () =>
        {
            await foreach (var _ in context.Database.SqlQueryRaw<long>(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 1000000000000) SELECT i AS Value FROM n")
                .AsAsyncEnumerable().WithCancellation(cancellation.Token))
            {
                if (++read == 1_000)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(Hang));
        Assert.True(read >= 1_000);
        Assert.Equal(3, await context.Database.SqlQueryRaw<long>("SELECT 3 AS Value").SingleAsync());
    }

    private static async Task AssertCancelledAsync<T>(Func<CancellationToken, Task<T>> statement)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        // Run on the pool: SQLite blocks the calling thread until the statement ends.
        var running = Task.Run(() => statement(cancellation.Token));

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(Hang));
        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.True(running.IsCompleted);
    }
}
