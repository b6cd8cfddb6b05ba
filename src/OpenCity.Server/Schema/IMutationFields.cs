using GraphQL.Types;

namespace OpenCity.Server.Schema;

/// <summary>A feature's contribution to the root <c>Mutation</c> type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
