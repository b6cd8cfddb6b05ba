using GraphQL;
using GraphQL.DataLoader;
using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Paging;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>Resolves global ids through the registered <see cref="INodeSource"/>s, batched per type.</summary>
public sealed class NodeFieldResolver(IEnumerable<INodeSource> sources, PagingOptions options)
{
    private readonly Dictionary<string, INodeSource> _sources = sources.ToDictionary(source => source.TypeName, StringComparer.Ordinal);

    public IDataLoaderResult Resolve(IResolveFieldContext context, string id)
    {
        var globalId = GlobalId.Parse(id);
        return _sources.TryGetValue(globalId.TypeName, out var source)
            ? source.Load(context, globalId.Key)
            : throw GlobalId.NotIssued(id);
    }

    /// <summary>
    /// Resolves each id on its own: an id this server did not issue becomes null with an error at
    /// its own position, and the other objects still come back.
    /// </summary>
    public IDataLoaderResult<IReadOnlyList<object?>> ResolveMany(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        if (ids.Count > options.MaxPageSize)
        {
            throw new DataLayerError(
                DataErrorCodes.PageSizeExceeded,
                $"`nodes` takes at most {options.MaxPageSize} ids; {ids.Count} were given. Ask in several requests.");
        }

        var results = new List<IDataLoaderResult>(ids.Count);
        for (var index = 0; index < ids.Count; index++)
        {
            try
            {
                results.Add(Resolve(context, ids[index]));
            }
            catch (DataLayerError error)
            {
                error.Path = [.. context.Path, index];
                context.Errors.Add(error);
                results.Add(DataLoaderResults.Defer<object?>(_ => Task.FromResult<object?>(null)));
            }
        }

        return DataLoaderResults.WhenAll<object?>(results);
    }
}
