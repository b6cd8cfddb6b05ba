using GraphQL.Types;

namespace OpenCity.Server.Schema;

/// <summary>The root <c>Mutation</c> type, assembled from the features' fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Everything you can change: operators keep the city's assets and reports true, citizens report problems. "
            + "Each change answers with the changed object, or with `errors` saying why nothing changed.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
