using GraphQL;
using GraphQL.DataLoader;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.Server.Schema;

namespace OpenCity.Server.ServiceRequests;

/// <summary>Batched reads of service requests.</summary>
public sealed class ServiceRequestLoaders(CityLoaders loaders) : INodeSource
{
    public string TypeName => ServiceRequestType.TypeName;

    public IDataLoaderResult Load(IResolveFieldContext context, string key) =>
        loaders.One(context, "serviceRequestByCode", key, (db, codes) => db.ServiceRequests.Where(r => codes.Contains(r.Code)), r => r.Code, nameof(ServiceRequest.Code));
}
