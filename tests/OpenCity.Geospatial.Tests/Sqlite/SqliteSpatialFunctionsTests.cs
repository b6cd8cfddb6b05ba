using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using OpenCity.Geospatial.Geodesy;
using OpenCity.Geospatial.Sqlite;
using OpenCity.Geospatial.Tests.Geodesy;

namespace OpenCity.Geospatial.Tests.Sqlite;

/// <summary>The in-process spatial functions on a real SQLite connection, against the same measures in memory.</summary>
public sealed class SqliteSpatialFunctionsTests : IDisposable
{
    private static readonly LineString Walk = TestGeometries.RandomWalk(1_000, 40, seed: 5);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SqliteStatementCancellation _cancellation = new();
    private readonly List<Geometry> _rows = [];

    public SqliteSpatialFunctionsTests()
    {
        _connection.Open();
        SqliteSpatialFunctions.Register(_connection, _cancellation);
        Execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, g BLOB NOT NULL)");
        for (var i = 0; i < 60; i++)
        {
            Geometry geometry = i % 2 == 0
                ? TestGeometries.Point((i * 97 % 4_000) - 2_000, (i * 53 % 3_000) - 1_500)
                : TestGeometries.Square((i * 71 % 4_000) - 2_000, (i * 37 % 3_000) - 1_500, 30);
            _rows.Add(geometry);
            Execute("INSERT INTO rows (id, g) VALUES ($id, $g)", ("$id", i), ("$g", WkbGeometry.Write(geometry)));
        }
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Distances_to_a_parameter_are_those_measured_in_memory_whichever_side_it_is_on()
    {
        var second = Query<double>("SELECT opencity_distance_m(g, $q) FROM rows ORDER BY id");
        var first = Query<double>("SELECT opencity_distance_m($q, g) FROM rows ORDER BY id");

        var expected = _rows.Select(row => GeodesicDistance.Between(row, Walk)).ToList();
        Assert.Equal(expected, second);
        Assert.All(expected.Zip(first), pair => Assert.Equal(pair.First, pair.Second, tolerance: Math.Max(0.0005 * pair.First, 0.001)));
        Assert.Contains(0.0, expected);
    }

    [Fact]
    public void Within_distance_of_a_parameter_agrees_with_memory()
    {
        var within = Query<bool>("SELECT opencity_dwithin_m(g, $q, 150) FROM rows ORDER BY id");

        Assert.Equal(_rows.Select(row => GeodesicDistance.IsWithin(row, Walk, 150)).ToList(), within);
        Assert.Contains(true, within);
        Assert.Contains(false, within);
    }

    [Fact]
    public void A_cancelled_statement_stops_with_sqlite_interrupt()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var scope = _cancellation.Begin(_connection, cancelled.Token);

        var exception = Assert.Throws<SqliteException>(() => Query<double>("SELECT opencity_distance_m(g, $q) FROM rows"));
        Assert.Equal(SQLitePCL.raw.SQLITE_INTERRUPT, exception.SqliteErrorCode);
        Assert.True(SqliteStatementCancellation.IsInterruption(exception, cancelled.Token));
    }

    [Fact]
    public void Statements_run_again_once_the_cancelled_scope_ends()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        _cancellation.Begin(_connection, cancelled.Token).Dispose();

        Assert.Equal(_rows.Count, Query<double>("SELECT opencity_distance_m(g, $q) FROM rows").Count);
    }

    private List<T> Query<T>(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$q", WkbGeometry.Write(Walk));
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
