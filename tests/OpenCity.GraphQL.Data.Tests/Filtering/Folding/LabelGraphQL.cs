using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

/// <summary>A schema of one field, <c>labels(where:)</c>, over a label database, executed in process.</summary>
public sealed class LabelGraphQL
{
    private readonly GraphQLSerializer _serializer = new();
    private readonly global::GraphQL.Types.Schema _schema;

    public LabelGraphQL(LabelDatabase database, bool caseFolding)
    {
        var query = new ObjectGraphType { Name = "Query", Description = "The labels." };
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LongGraphType>>>>("labels")
            .Description("The ids of the labels the filter keeps, in order.")
            .WithFilterArgument(typeof(LabelFilterInputType))
            .ResolveAsync(async context =>
            {
                await using var db = database.CreateContext(caseFolding);
                return await db.Labels.ApplyFilter(context).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(context.CancellationToken);
            });
        _schema = new global::GraphQL.Types.Schema { Query = query, Description = "Labels, to test case folding." };
        _schema.Initialize();
    }

    /// <summary>The ids of the labels kept by <paramref name="where"/> (a <c>LabelFilterInput</c>), failing on any error.</summary>
    public async Task<long[]> LabelIdsAsync(JsonObject where)
    {
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = _schema;
            options.Query = "query($where: LabelFilterInput) { labels(where: $where) }";
            options.Variables = _serializer.Deserialize<Inputs>(new JsonObject { ["where"] = where }.ToJsonString());
            // A fault that is not a GraphQL error would be a 500 over HTTP: let it fail the test.
            options.ThrowOnUnhandledException = true;
        });
        Assert.True(result.Errors is null or { Count: 0 }, string.Join("\n", result.Errors?.Select(e => $"{e.Code}: {e.Message}") ?? []));
        using var json = JsonDocument.Parse(_serializer.Serialize(result));
        return [.. json.RootElement.GetProperty("data").GetProperty("labels").EnumerateArray().Select(id => id.GetInt64())];
    }
}
