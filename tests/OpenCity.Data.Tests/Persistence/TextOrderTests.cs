using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenCity.Domain.Departments;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>
/// Text is ordered and compared by code point on every database, whatever its locale: the names
/// below sort differently under <c>en_US.UTF-8</c> (case, accents, spaces and hyphens ignored at
/// first, digits) than by code point.
/// </summary>
public abstract class TextOrderTests : IAsyncLifetime
{
    /// <summary>Chosen so that en_US's order differs from the ordinal one at every step.</summary>
    protected static readonly string[] Names = ["a", "B", "é", "e", "f", "Z", "-x", " x", "x y", "xy", "10", "9", "Oak Street", "Oakfield Road", "O'Brien", "Ørsted", "ä"];

    private IHost? _host;

    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        _host = TestHost.Create(Settings);
        await _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await using var context = CreateContext();
        context.Departments.AddRange(Names.Select((name, i) => new Department
        {
            Id = i + 1,
            Code = $"D{i:00}",
            Name = name,
            Domain = (InfrastructureDomain)(i % 2),
        }));
        await context.SaveChangesAsync();
    }

    public virtual Task DisposeAsync()
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Names_sort_by_code_point()
    {
        await using var context = CreateContext();

        Assert.Equal(Names.Order(StringComparer.Ordinal), await context.Departments.OrderBy(d => d.Name).Select(d => d.Name).ToListAsync());
        Assert.Equal(Names.OrderDescending(StringComparer.Ordinal), await context.Departments.OrderByDescending(d => d.Name).Select(d => d.Name).ToListAsync());
    }

    [Theory]
    [InlineData("a")]
    [InlineData("B")]
    [InlineData("e")]
    [InlineData("Oak")]
    [InlineData("x")]
    [InlineData("9")]
    public async Task Names_compare_by_code_point(string value)
    {
        await using var context = CreateContext();

        // What a keyset cursor's "after" comparison sends.
        var after = await context.Departments.Where(d => string.Compare(d.Name, value) > 0).Select(d => d.Name).ToListAsync();

        Assert.Equal(Names.Where(n => string.CompareOrdinal(n, value) > 0).Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
    }

    protected virtual Task CreateDatabaseAsync() => Task.CompletedTask;

    protected OpenCityDbContext CreateContext() =>
        _host!.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContext();
}
