using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>The Relay <c>Node</c> interface: anything that can be fetched again by its global id.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a global id that can be fetched again with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id of this object; pass it to `node(id:)` to fetch it again.");
    }
}
