using GraphQL;
using GraphQL.Types;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Description = "Test queries.";
        Field<StringGraphType>("hello").Description("Always 'world'.").Resolve(_ => "world");
        Field<StringGraphType>("boom")
            .Description("Always fails with an unexpected exception.")
            .Resolve(_ => throw new InvalidOperationException("secret connection string leaked here"));
        Field<StringGraphType>("refused")
            .Description("Always fails with a deliberate, coded error.")
            .Resolve(_ => throw new ExecutionError("Refused on purpose.") { Code = "REFUSED" });
        Field<StringGraphType>("echo")
            .Description("Returns its argument.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to echo.")
            .Resolve(context => context.GetArgument<string>("text"));
        Field<IntGraphType>("double")
            .Description("Doubles its argument.")
            .Argument<NonNullGraphType<IntGraphType>>("value", "What to double.")
            .Resolve(context => context.GetArgument<int>("value") * 2);
        Field<IntGraphType>("half")
            .Description("Halves an even number.")
            .Argument<NonNullGraphType<EvenNumberGraphType>>("value", "What to halve.")
            .Resolve(context => context.GetArgument<int>("value") / 2);
    }
}
