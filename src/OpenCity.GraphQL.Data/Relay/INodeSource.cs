using GraphQL;
using GraphQL.DataLoader;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>Fetches the objects of one GraphQL type by their keys, for <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name that global ids of this source carry.</summary>
    string TypeName { get; }

    IDataLoaderResult Load(IResolveFieldContext context, long key);
}
