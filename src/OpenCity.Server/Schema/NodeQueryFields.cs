using GraphQL;
using GraphQL.Types;
using OpenCity.GraphQL.Data.Cost;
using OpenCity.GraphQL.Data.Relay;

namespace OpenCity.Server.Schema;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: fetch any object again by its global id.</summary>
public sealed class NodeQueryFields(NodeFieldResolver resolver) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global `id`, e.g. one you saved earlier.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The `id` of the object to fetch.")
            .Resolve(context => resolver.Resolve(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description("Fetches several objects (at most the maximum page size) by their global ids, in the order given; an id that does not exist gives null.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The `id`s of the objects to fetch.")
            .SizedBy("ids", fallback: 0)
            .Resolve(context => resolver.ResolveMany(context, context.GetArgument<List<string>>("ids")));
    }
}
