using System.Collections.Concurrent;

namespace OpenCity.GraphQL.Data.DataLoading;

/// <summary>
/// The DataLoaders of one GraphQL request, by <see cref="BatchKey"/>, and what the request works out once for all
/// the objects a field resolves for (a filter, say). Registered per DI scope, which the transport
/// opens per request, so batches and caches never leak between requests.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly ConcurrentDictionary<(BatchKey Key, Type Keys, Type Values), object> _loaders = new();
    private readonly ConcurrentDictionary<object, Lazy<object?>> _values = new();

    /// <summary>The value for <paramref name="key"/>, made by <paramref name="create"/> the first time it is asked for in this request.</summary>
    public TValue Once<TValue>(object key, Func<TValue> create) =>
        (TValue)_values.GetOrAdd(key, _ => new Lazy<object?>(() => create(), LazyThreadSafetyMode.PublicationOnly)).Value!; // a failure is not kept: each asker gets its own error

    /// <summary>The batch <paramref name="batch"/> names, made with <paramref name="fetch"/> by the first load that joins it.</summary>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        BatchKey batch,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd((batch, typeof(TKey), typeof(TValue)), _ => new BatchLoader<TKey, TValue>(fetch, missing));
}
