namespace OpenCity.Server.Tests.Infrastructure;

/// <summary>The server on a real PostgreSQL/PostGIS database seeded with the same small city.</summary>
public class PostGisCityFixture : ICityServerFixture
{
    private readonly string? _locale;

    private PostgresDatabase _database = null!;

    public PostGisCityFixture()
        : this(locale: null)
    {
    }

    /// <summary>A database created with the locale given rather than the server's default.</summary>
    protected PostGisCityFixture(string? locale) => _locale = locale;

    public OpenCityServer Server { get; private set; } = null!;

    /// <summary>The server's settings: a second server given them (and more) shares the seeded database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OpenCity:Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:OpenCity"] = _database.ConnectionString,
        ["OpenCity:Auth:SigningKey"] = TestTokens.SigningKey,

        // PostgreSQL seeds nothing unless asked.
        ["OpenCity:Database:SeedOnStartup"] = "true",
    };

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync(_locale);
        Server = new OpenCityServer(Settings);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await _database.DisposeAsync();
    }
}
