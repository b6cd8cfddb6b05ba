using System.Collections.Concurrent;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

/// <summary>
/// Named event sources that tests push into by hand (<see cref="Emit"/>, <see cref="Complete"/>), and
/// that tell when a subscriber attached and when it let go (its subscription disposed).
/// </summary>
public sealed class TestEvents
{
    // A safety net, so that a test whose subscriber never comes fails instead of hanging.
    private static readonly TimeSpan SafetyTimeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, Source> _sources = new();

    public IObservable<object?> Observe(string channel) => Get(channel);

    public void Emit(string channel, string value) => Get(channel).Emit(value);

    public void Complete(string channel) => Get(channel).Complete();

    /// <summary>Completes when a subscriber attached to <paramref name="channel"/>.</summary>
    public Task Subscribed(string channel) => Get(channel).Subscribed.Task.WaitAsync(SafetyTimeout);

    /// <summary>Completes when a subscriber of <paramref name="channel"/> disposed its subscription.</summary>
    public Task Unsubscribed(string channel) => Get(channel).Unsubscribed.Task.WaitAsync(SafetyTimeout);

    private Source Get(string channel) => _sources.GetOrAdd(channel, _ => new Source());

    private sealed class Source : IObservable<object?>
    {
        private readonly Lock _lock = new();
        private readonly List<IObserver<object?>> _observers = [];

        public TaskCompletionSource Subscribed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Unsubscribed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable Subscribe(IObserver<object?> observer)
        {
            lock (_lock)
            {
                _observers.Add(observer);
            }

            Subscribed.TrySetResult();
            return new Subscription(this, observer);
        }

        public void Emit(string value)
        {
            foreach (var observer in Snapshot())
            {
                observer.OnNext(value);
            }
        }

        public void Complete()
        {
            foreach (var observer in Snapshot())
            {
                observer.OnCompleted();
            }
        }

        private IObserver<object?>[] Snapshot()
        {
            lock (_lock)
            {
                return [.. _observers];
            }
        }

        private void Remove(IObserver<object?> observer)
        {
            lock (_lock)
            {
                _observers.Remove(observer);
            }

            Unsubscribed.TrySetResult();
        }

        private sealed class Subscription(Source source, IObserver<object?> observer) : IDisposable
        {
            public void Dispose() => source.Remove(observer);
        }
    }
}
