using System.Collections.Concurrent;

namespace OpenCity.GraphQL.Data.DataLoading;

/// <summary>
/// The DataLoaders of one GraphQL request, by name. Registered per DI scope, which the
/// transport opens per request, so batches and caches never leak between requests.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));
}
