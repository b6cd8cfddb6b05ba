namespace OpenCity.GraphQL.Data.Subscriptions;

/// <summary>
/// A subscription field's source written as an async iterator: each observer runs the iterator on
/// its own, and disposing the observer's subscription cancels it (the only signal a GraphQL.NET
/// stream gets when its client leaves: the resolver's own token covers only the setup).
/// </summary>
public sealed class AsyncEnumerableObservable<T>(Func<CancellationToken, IAsyncEnumerable<T>> source) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var stop = new CancellationTokenSource();
        _ = PumpAsync(observer, stop.Token);
        return new Subscription(stop);
    }

    private async Task PumpAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source(cancellationToken).WithCancellation(cancellationToken))
            {
                observer.OnNext(item);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: nobody is listening any more.
        }
        catch (Exception exception)
        {
            observer.OnError(exception);
        }
    }

    private sealed class Subscription(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose() => stop.Cancel();
    }
}
