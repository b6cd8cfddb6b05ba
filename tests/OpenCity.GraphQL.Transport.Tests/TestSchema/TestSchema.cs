using GraphQL.Types;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

/// <summary>The smallest schema that exercises the transport: the transport must not know any other.</summary>
public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQuery query, TestMutation mutation, TestSubscription subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "Test schema for the GraphQL transport.";
    }
}
