using Microsoft.Extensions.Options;
using Npgsql;
using OpenCity.Data;
using OpenCity.GraphQL.Data.Paging;

namespace OpenCity.Server.Hosting;

/// <summary>
/// Refuses to start a production server on PostgreSQL without what several instances behind one
/// address need: a shared, strong cursor secret (else a cursor from one instance fails on the
/// next) and a PostgreSQL connection string. One line per fault, naming the setting to give.
/// </summary>
internal sealed class ProductionSettingsValidator(IHostEnvironment environment, IOptions<DatabaseOptions> database, IConfiguration configuration)
    : IValidateOptions<PagingOptions>
{
    /// <summary>Fewer different characters than this is a word or a pattern, not a random key.</summary>
    public const int MinDistinctCharacters = 10;

    private const string Advice = "give it 32 or more random characters, the same on every instance (e.g. `openssl rand -base64 48`)";

    public ValidateOptionsResult Validate(string? name, PagingOptions options)
    {
        if (!environment.IsProduction() || database.Value.Provider != DatabaseProvider.PostgreSql)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!IsPostgreSql(connectionString))
        {
            failures.Add($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a PostgreSQL connection string: give Host=…;Database=…;Username=…;Password=… (environment ConnectionStrings__{DatabaseOptions.ConnectionStringName}).");
        }

        if (options.CursorSecret.Length == 0)
        {
            failures.Add($"OpenCity:Paging:CursorSecret is not set (environment OpenCity__Paging__CursorSecret): {Advice}.");
        }
        else if (options.CursorSecret.Length < 32 || options.CursorSecret.Distinct().Count() < MinDistinctCharacters)
        {
            failures.Add($"OpenCity:Paging:CursorSecret is weak ({options.CursorSecret.Length} characters, {options.CursorSecret.Distinct().Count()} different): {Advice}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsPostgreSql(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
