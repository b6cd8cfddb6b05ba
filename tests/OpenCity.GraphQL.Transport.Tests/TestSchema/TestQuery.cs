using GraphQL;
using GraphQL.Types;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery(WaitLog waits)
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
        Field<StringGraphType>("wait")
            .Description("Waits, honouring cancellation, and records under `tag` whether it was cancelled.")
            .Argument<NonNullGraphType<IntGraphType>>("milliseconds", "How long to wait.")
            .Argument<NonNullGraphType<StringGraphType>>("tag", "The name the wait is recorded under.")
            .ResolveAsync(async context =>
            {
                var tag = context.GetArgument<string>("tag");
                waits.Start(tag);
                try
                {
                    await Task.Delay(context.GetArgument<int>("milliseconds"), context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    waits.End(tag, cancelled: true);
                    throw;
                }

                waits.End(tag, cancelled: false);
                return "done";
            });
        Field<StringGraphType>("repeat")
            .Description("Its text repeated.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to repeat.")
            .Argument<NonNullGraphType<IntGraphType>>("times", "How often.")
            .Resolve(context => string.Concat(Enumerable.Repeat(context.GetArgument<string>("text"), context.GetArgument<int>("times"))));
    }
}
