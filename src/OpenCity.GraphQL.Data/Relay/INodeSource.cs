using GraphQL;
using GraphQL.DataLoader;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>Fetches the objects of one GraphQL type by their keys, for <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name that global ids of this source carry.</summary>
    string TypeName { get; }

    /// <summary>Loads the object whose global id carries <paramref name="key"/> (its code); null when there is none the caller may see.</summary>
    IDataLoaderResult Load(IResolveFieldContext context, string key);
}
