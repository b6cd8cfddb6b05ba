using GraphQL.Types;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

public sealed class TestSubscription : ObjectGraphType
{
    public TestSubscription()
    {
        Name = "Subscription";
        Description = "Test subscriptions.";
        Field<StringGraphType>("ticks")
            .Description("Never ticks; exists so that HTTP can refuse subscriptions.")
            .ResolveStream(_ => new NeverObservable());
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
