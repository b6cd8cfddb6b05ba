using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by their text, so a repeated query skips
/// parsing and the full validation (only <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
/// run). Bounded: past <see cref="GraphQLExecutionOptions.DocumentCacheSize"/> the least recently used
/// tenth is dropped, and texts longer than <see cref="GraphQLExecutionOptions.MaxCachedDocumentLength"/>
/// are never kept. Plugs into GraphQL.NET's execution pipeline, so every transport shares it.
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLExecutionOptions> options) : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _capacity = options.Value.DocumentCacheSize;
    private readonly int _maxLength = options.Value.MaxCachedDocumentLength;
    private readonly Lock _evictionLock = new();
    private long _clock;
    private long _hits;
    private long _misses;

    /// <summary>Runs after option configuration (100) with the other 'Use' configurations.</summary>
    public float SortOrder => 200;

    public int Count => _entries.Count;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (_capacity <= 0 || options.Document is not null || options.Query is not { } query || query.Length > _maxLength)
        {
            return await next(options);
        }

        if (_entries.TryGetValue(query, out var entry))
        {
            Interlocked.Increment(ref _hits);
            entry.LastUsed = Interlocked.Increment(ref _clock);
            options.Document = entry.Document;

            // The document passed every rule when it was cached; only the rules that depend on
            // the request (its variables, GET or POST) run again.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);
        // Executed means the document parsed and validated; failed documents are never cached.
        if (result.Executed && result.Document is { } document)
        {
            Add(query, document);
        }

        return result;
    }

    private void Add(string query, GraphQLDocument document)
    {
        _entries[query] = new Entry(document) { LastUsed = Interlocked.Increment(ref _clock) };
        if (_entries.Count > _capacity)
        {
            Evict();
        }
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            var excess = _entries.Count - _capacity;
            if (excess <= 0)
            {
                return;
            }

            var drop = Math.Max(excess, _capacity / 10);
            foreach (var stale in _entries.OrderBy(pair => pair.Value.LastUsed).Take(drop).ToList())
            {
                _entries.TryRemove(stale);
            }
        }
    }

    private sealed class Entry(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        public long LastUsed { get; set; }
    }
}
