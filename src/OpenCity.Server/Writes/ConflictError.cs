using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>Someone else changed the object first: nothing was written; read it again at <paramref name="CurrentVersion"/> and retry.</summary>
public sealed record ConflictError(string Message, long CurrentVersion) : MutationError(Message)
{
    public const string ErrorCode = "CONFLICT";

    public override string Code => ErrorCode;

    public static ConflictError Stale(string what, long expected, long current) =>
        new($"{what} is at version {current}, not {expected}: it changed since you read it.", current);

    /// <summary>The loser of a race the database settled: the row's version now.</summary>
    internal static async Task<ConflictError> FromAsync(DbUpdateConcurrencyException conflict)
    {
        var entry = conflict.Entries[0];
        var values = await entry.GetDatabaseValuesAsync(CancellationToken.None);
        var current = values?["Version"] is long version ? version : -1;
        return new ConflictError($"It changed while this write was being made (now at version {current}); read it again and retry.", current);
    }
}
