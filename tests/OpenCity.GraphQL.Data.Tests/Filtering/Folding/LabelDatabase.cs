using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenCity.GraphQL.Data.Filtering.Folding;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

/// <summary>
/// The labels in a real database (a SQLite file or a fresh PostgreSQL database), read through
/// contexts with or without <see cref="CaseFoldingDbContextOptionsBuilderExtensions.UseCaseFolding"/>,
/// recording the SQL they send.
/// </summary>
public abstract class LabelDatabase : IAsyncLifetime
{
    private readonly CommandLog _log = new();

    public abstract string Provider { get; }

    /// <summary>The SQL of the commands sent since the last <see cref="ClearCommands"/>.</summary>
    public IReadOnlyList<string> Commands => [.. _log.Texts];

    public IReadOnlyList<Label> All { get; } = LabelData.Create();

    private DbContextOptions<LabelContext> Options { get; set; } = null!;

    public LabelContext CreateContext(bool caseFolding) =>
        new(caseFolding ? new DbContextOptionsBuilder<LabelContext>(Options).UseCaseFolding().Options : Options);

    public void ClearCommands() => _log.Texts.Clear();

    public async Task InitializeAsync()
    {
        Options = new DbContextOptionsBuilder<LabelContext>(await CreateOptionsAsync()).AddInterceptors(_log).Options;
        await using var db = CreateContext(caseFolding: false);
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        db.Labels.AddRange(LabelData.Create());
        await db.SaveChangesAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await using var db = CreateContext(caseFolding: false);
        await db.Database.EnsureDeletedAsync();
    }

    protected abstract Task<DbContextOptions<LabelContext>> CreateOptionsAsync();

    private sealed class CommandLog : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Texts { get; } = new();

        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Texts.Enqueue(result.CommandText);
            return result;
        }
    }
}
