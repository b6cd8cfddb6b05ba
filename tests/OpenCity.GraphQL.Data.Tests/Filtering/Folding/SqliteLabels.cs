using Microsoft.EntityFrameworkCore;

namespace OpenCity.GraphQL.Data.Tests.Filtering.Folding;

public sealed class SqliteLabels : LabelDatabase
{
    public override string Provider => "SQLite";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    protected override Task<DbContextOptions<LabelContext>> CreateOptionsAsync() => Task.FromResult(
        new DbContextOptionsBuilder<LabelContext>()
            .UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.db")}")
            .Options);
}
