using GraphQL.DataLoader;

namespace OpenCity.GraphQL.Data.DataLoading;

/// <summary>
/// Collects the keys resolvers ask for and fetches them all in one call when the first result
/// is awaited. GraphQL.NET awaits <see cref="IDataLoaderResult"/>s only after it has started
/// every field of the level, so one level of a query costs one fetch per loader. Results are
/// cached for the request: a key asked for twice is fetched once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _results = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _pending = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                result = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _results.Add(key, result);
                _pending.Add(new(key, result));
            }

            return new Result(this, result.Task);
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
        }

        try
        {
            var values = await fetch(batch.ConvertAll(pair => pair.Key), cancellationToken);
            foreach (var (key, result) in batch)
            {
                result.TrySetResult(values.TryGetValue(key, out var value) ? value : missing);
            }
        }
        catch (Exception exception)
        {
            foreach (var (_, result) in batch)
            {
                result.TrySetException(exception);
            }
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, Task<TValue> value) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken);
            }

            return await value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
