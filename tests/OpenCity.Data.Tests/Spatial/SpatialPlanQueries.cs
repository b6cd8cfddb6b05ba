using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Querying;

namespace OpenCity.Data.Tests.Spatial;

/// <summary>The within-polygon and nearest queries whose plans the plan tests read, as the commands EF Core sends.</summary>
internal static class SpatialPlanQueries
{
    public static DbCommand WithinCommunity(SmallCityDatabaseFixture fixture, OpenCityDbContext context)
    {
        var community = fixture.City.Units.Where(u => u.Level == GovernanceLevel.Community).OrderBy(u => u.Id).Skip(3).First().Boundary;
        return context.Components.Where(c => c.Geometry.Within(community)).Select(c => c.Id).CreateDbCommand();
    }

    /// <summary>The ten components nearest to a hydrant, written the way <c>NearestFirst</c> writes it for the provider.</summary>
    public static DbCommand TenNearest(SmallCityDatabaseFixture fixture, OpenCityDbContext context)
    {
        var hydrant = fixture.City.Components.Where(c => c.Kind == ComponentKind.Hydrant).OrderBy(c => c.Id).Skip(11).First().Geometry;
        return context.Components
            .NearestFirst(context, c => c.Geometry, hydrant, maxMeters: 2_000, count: 10)
            .Select(c => c.Id)
            .CreateDbCommand();
    }

    /// <summary>The plan of a command: its text prefixed with <paramref name="explain"/>, one line per row.</summary>
    public static async Task<string> ExplainAsync(DbCommand command, string explain, int column)
    {
        await command.Connection!.OpenAsync();
        try
        {
            command.CommandText = $"{explain} {command.CommandText}";
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetValue(column).ToString()!);
            }

            return string.Join('\n', lines);
        }
        finally
        {
            await command.Connection.CloseAsync();
        }
    }
}
