using GraphQL.Types;

namespace OpenCity.Server.Schema;

/// <summary>The root <c>Query</c> type, assembled from the features' fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Everything you can read about the city: its areas, assets, departments and statistics.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
