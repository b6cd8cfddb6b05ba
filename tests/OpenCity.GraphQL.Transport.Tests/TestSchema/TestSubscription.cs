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
            .Description("The values a test pushes to its channel (TestEvents), until the test completes the channel.")
            .Argument<NonNullGraphType<StringGraphType>>("channel", "The test's own channel.")
            .ResolveStream(context => events.Of(context.GetArgument<string>("channel")));
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
