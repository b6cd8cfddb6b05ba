using Microsoft.EntityFrameworkCore;

namespace OpenCity.GraphQL.Data.Tests.Library;

public sealed class SqliteLibrary : LibraryDatabase
{
    public override string Provider => "SQLite";

    protected override Task<DbContextOptions<LibraryContext>> CreateOptionsAsync() => Task.FromResult(
        new DbContextOptionsBuilder<LibraryContext>()
            .UseSqlite($"Data Source={Path.Combine(Path.GetTempPath(), $"library-{Guid.NewGuid():N}.db")}")
            .Options);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
