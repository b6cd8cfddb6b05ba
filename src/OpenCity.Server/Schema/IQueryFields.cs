using GraphQL.Types;

namespace OpenCity.Server.Schema;

/// <summary>A feature's root query fields; each feature folder adds its own to <see cref="QueryType"/>.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
