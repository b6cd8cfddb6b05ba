using GraphQL;
using GraphQL.DataLoader;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>Resolves global ids through the registered <see cref="INodeSource"/>s, batched per type.</summary>
public sealed class NodeFieldResolver(IEnumerable<INodeSource> sources)
{
    private readonly Dictionary<string, INodeSource> _sources = sources.ToDictionary(source => source.TypeName, StringComparer.Ordinal);

    public IDataLoaderResult Resolve(IResolveFieldContext context, string id)
    {
        var globalId = GlobalId.Parse(id);
        return _sources.TryGetValue(globalId.TypeName, out var source)
            ? source.Load(context, globalId.Key)
            : throw new DataLayerError(DataErrorCodes.InvalidId, $"\"{id}\" is not an id this server issued. Use the `id` field of an object, unchanged.");
    }
}
