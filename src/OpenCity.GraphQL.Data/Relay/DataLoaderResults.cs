using GraphQL.DataLoader;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>Combines pending DataLoader results so that all of them are fetched in one batch.</summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult<IReadOnlyList<T>> WhenAll<T>(IReadOnlyList<IDataLoaderResult> results) => new AllResult<T>(results);

    /// <summary>A result fetched only if a resolver awaits it, e.g. a count nobody selected costs nothing.</summary>
    public static IDataLoaderResult<T> Defer<T>(Func<CancellationToken, Task<T>> fetch) => new DeferredResult<T>(fetch);

    private sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> fetch) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => fetch(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await fetch(cancellationToken);
    }

    private sealed class AllResult<T>(IReadOnlyList<IDataLoaderResult> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[results.Count];
            for (var i = 0; i < results.Count; i++)
            {
                values[i] = (T)(await results[i].GetResultAsync(cancellationToken))!;
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
