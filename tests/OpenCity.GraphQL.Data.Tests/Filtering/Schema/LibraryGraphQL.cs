using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Tests.Library;
using OpenCity.GraphQL.Data.Types;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Schema;

/// <summary>The test schema over a library database, executed in-process.</summary>
public sealed class LibraryGraphQL
{
    private readonly GraphQLSerializer _serializer = new();

    /// <param name="database">The library.</param>
    /// <param name="contexts">The contexts to read it with, if not its plain ones.</param>
    public LibraryGraphQL(LibraryDatabase database, IDbContextFactory<LibraryContext>? contexts = null)
    {
        Schema = new global::GraphQL.Types.Schema { Query = new LibraryQuery(contexts ?? database.Contexts), Description = "A library, to test filtering and sorting." };
        BuiltInScalarDescriptions.Describe(Schema);
        Schema.RegisterType(new LongGraphType { Description = "A whole number that may be very large, e.g. `9000000000`." });
        Schema.Initialize();
    }

    public ISchema Schema { get; }

    public async Task<(JsonElement Data, ExecutionResult Result)> ExecuteAsync(string query, string? variables = null)
    {
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
            options.Variables = variables is null ? null : _serializer.Deserialize<Inputs>(variables);
            // A fault that is not a GraphQL error would be a 500 over HTTP: let it fail the test.
            options.ThrowOnUnhandledException = true;
        });
        using var json = JsonDocument.Parse(_serializer.Serialize(result));
        return (json.RootElement.TryGetProperty("data", out var data) ? data.Clone() : default, result);
    }

    /// <summary>The ids of <c>books</c>, failing on any error.</summary>
    public async Task<long[]> BookIdsAsync(string arguments, string? variables = null, string variableDefinitions = "")
    {
        var (data, result) = await ExecuteAsync($"query {variableDefinitions} {{ books{arguments} {{ id }} }}", variables);
        Assert.True(result.Errors is null or { Count: 0 }, string.Join("\n", result.Errors?.Select(e => $"{e.Code}: {e.Message} {e.InnerException}") ?? []));
        return [.. data.GetProperty("books").EnumerateArray().Select(b => b.GetProperty("id").GetInt64())];
    }
}
