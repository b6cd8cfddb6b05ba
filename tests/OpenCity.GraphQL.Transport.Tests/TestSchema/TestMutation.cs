using GraphQL;
using GraphQL.Types;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Description = "Test mutations.";
        Field<StringGraphType>("setGreeting")
            .Description("Pretends to store a greeting and returns it.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The greeting.")
            .Resolve(context => context.GetArgument<string>("text"));
    }
}
