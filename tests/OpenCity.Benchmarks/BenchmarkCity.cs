using Npgsql;
using OpenCity.Data;
using OpenCity.Data.Seeding;

namespace OpenCity.Benchmarks;

/// <summary>
/// A database holding a demo city of one size, kept between benchmark runs (seeding is not what
/// the query benchmarks measure): a PostgreSQL database on the server of
/// <c>OPENCITY_BENCH_POSTGRES</c>, or a SQLite file in the temp folder.
/// </summary>
public sealed record BenchmarkCity(DatabaseProvider Provider, CitySize Size, string ConnectionString)
{
    public static BenchmarkCity PostGis(string database, CitySize size)
    {
        var server = Environment.GetEnvironmentVariable("OPENCITY_BENCH_POSTGRES") is { Length: > 0 } configured
            ? configured
            : BenchmarkDatabases.DefaultPostgresServer;
        return new(DatabaseProvider.PostgreSql, size, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
    }

    public static BenchmarkCity Sqlite(string fileName, CitySize size) =>
        new(DatabaseProvider.Sqlite, size, $"Data Source={Path.Combine(Path.GetTempPath(), fileName)}");

    /// <summary>Whether a database with this many components holds a city of <see cref="Size"/> (small ≈ 4,600, medium ≈ 104,000, large ≈ 1,037,000).</summary>
    public bool Holds(long components) => Size switch
    {
        CitySize.Small => components is > 0 and < 50_000,
        CitySize.Medium => components is >= 50_000 and < 500_000,
        _ => components >= 500_000,
    };

    public override string ToString() => $"{(Provider == DatabaseProvider.PostgreSql ? "PostGIS" : "SQLite")} {Size.ToString().ToLowerInvariant()}";
}
