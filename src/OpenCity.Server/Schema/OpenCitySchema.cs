using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Schema;

/// <summary>The OpenCity GraphQL schema.</summary>
public sealed class OpenCitySchema : global::GraphQL.Types.Schema
{
    public OpenCitySchema(IServiceProvider services, QueryType query, MutationType mutation, Subscriptions.SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        BuiltInScalarDescriptions.Describe(this);
        RegisterType(new global::GraphQL.Types.LongGraphType { Description = "A whole number that may be larger than `Int` allows, e.g. a version or a sequence number." });
        Description = "OpenCity: the open data and digital twin of the city — its districts and neighbourhoods, "
            + "its physical assets, the departments that run them and the statistics it publishes.";
    }
}
