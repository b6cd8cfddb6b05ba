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

    public IDataLoaderResult<ServiceRequest?> ById(IResolveFieldContext context, long id) =>
        loaders.One(context, "serviceRequestById", id, (db, ids) => db.ServiceRequests.Where(r => ids.Contains(r.Id)), r => r.Id);

    public IDataLoaderResult Load(IResolveFieldContext context, long key) => ById(context, key);
}
