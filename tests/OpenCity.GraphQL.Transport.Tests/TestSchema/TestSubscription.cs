using GraphQL;
using GraphQL.Types;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription(TestEvents events)
    {
        Name = "Subscription";
        Description = "Test subscriptions.";
        Field<StringGraphType>("ticks")
            .Description("Never ticks; exists so that HTTP can refuse subscriptions.")
            .ResolveStream(_ => new NeverObservable());
        Field<StringGraphType>("events")
            .Description("What the tests push into `channel` (TestEvents), as it comes.")
            .Argument<NonNullGraphType<StringGraphType>>("channel", "The test's own source.")
            .ResolveStream(context => events.Observe(context.GetArgument<string>("channel")));
    }

    private sealed class NeverObservable : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer) => new Unsubscriber();

        private sealed class Unsubscriber : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
