using System.Collections.Concurrent;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

/// <summary>
/// Event sources a test drives: values pushed to a channel reach its subscribers, and the test can
/// wait until a subscriber has arrived or has been disposed (so it never pushes into the void).
/// Each test uses its own channel.
/// </summary>
public sealed class TestEvents
{
    private readonly ConcurrentDictionary<string, Channel> _channels = new(StringComparer.Ordinal);

    public IObservable<string> Of(string channel) => Get(channel);

    public void Push(string channel, string value) => Get(channel).Push(value);

    public void Complete(string channel) => Get(channel).Complete();

    /// <summary>Completes once <paramref name="count"/> subscribers have subscribed to the channel in all.</summary>
    public Task Subscribed(string channel, int count = 1) => Get(channel).When(c => c.Subscriptions >= count);

    /// <summary>Completes once <paramref name="count"/> subscriptions to the channel have been disposed in all.</summary>
    public Task Disposed(string channel, int count = 1) => Get(channel).When(c => c.Disposals >= count);

    public int Subscribers(string channel) => Get(channel).Active;

    private Channel Get(string channel) => _channels.GetOrAdd(channel, _ => new Channel());

    private sealed class Channel : IObservable<string>
    {
        private readonly Lock _lock = new();
        private readonly List<IObserver<string>> _observers = [];
        private readonly List<(Func<Channel, bool> Condition, TaskCompletionSource Done)> _waiters = [];

        public int Subscriptions { get; private set; }

        public int Disposals { get; private set; }

        public int Active
        {
            get
            {
                lock (_lock)
                {
                    return _observers.Count;
                }
            }
        }

        public IDisposable Subscribe(IObserver<string> observer)
        {
            lock (_lock)
            {
                _observers.Add(observer);
                Subscriptions++;
                Signal();
            }

            return new Unsubscriber(this, observer);
        }

        public void Push(string value)
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

        public Task When(Func<Channel, bool> condition)
        {
            lock (_lock)
            {
                if (condition(this))
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((condition, done));
                return done.Task;
            }
        }

        private IObserver<string>[] Snapshot()
        {
            lock (_lock)
            {
                return [.. _observers];
            }
        }

        private void Remove(IObserver<string> observer)
        {
            lock (_lock)
            {
                if (_observers.Remove(observer))
                {
                    Disposals++;
                    Signal();
                }
            }
        }

        private void Signal()
        {
            foreach (var waiter in _waiters.Where(w => w.Condition(this)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }

        private sealed class Unsubscriber(Channel channel, IObserver<string> observer) : IDisposable
        {
            public void Dispose() => channel.Remove(observer);
        }
    }
}
