using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Data;

namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>Runs a statement the server sent again, under <c>EXPLAIN</c>, with the parameters it was sent with.</summary>
public static class QueryPlans
{
    /// <param name="server">The server whose database runs the statement.</param>
    /// <param name="command">The statement, as captured by <see cref="SqlCommandLog"/>.</param>
    /// <param name="explain">The prefix: <c>EXPLAIN </c> on PostgreSQL, <c>EXPLAIN QUERY PLAN </c> on SQLite.</param>
    /// <returns>The plan's lines (the last column of each row), one per line.</returns>
    public static async Task<string> ExplainAsync(OpenCityServer server, CapturedCommand command, string explain)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explained = connection.CreateCommand();
        explained.CommandText = explain + command.Text;
        foreach (var captured in command.Parameters)
        {
            explained.Parameters.Add(Parameter(explained, captured));
        }

        var lines = new List<string>();
        await using var reader = await explained.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetValue(reader.FieldCount - 1).ToString()!);
        }

        return string.Join('\n', lines);
    }

    private static DbParameter Parameter(DbCommand command, CapturedParameter captured)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value, parameter.DbType) = (captured.Name, captured.Value ?? DBNull.Value, captured.Type);
        return parameter;
    }
}
