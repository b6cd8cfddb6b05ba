using OpenCity.GraphQL.Data.Types;

namespace OpenCity.Server.Schema;

/// <summary>The OpenCity GraphQL schema.</summary>
public sealed class OpenCitySchema : global::GraphQL.Types.Schema
{
    public OpenCitySchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        BuiltInScalarDescriptions.Describe(this);
        Description = "OpenCity: the open data and digital twin of the city — its districts and neighbourhoods, "
            + "its physical assets, the departments that run them and the statistics it publishes.";
    }
}
