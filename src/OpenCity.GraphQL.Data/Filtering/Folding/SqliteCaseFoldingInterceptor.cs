using System.Buffers;
using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>
/// Registers <c>opencity_fold(x)</c> on every SQLite connection a context opens: the folding of
/// <see cref="CaseFolding"/>, deterministic, computed in .NET on the UTF-8 bytes SQLite holds.
/// Registered through SQLitePCL rather than <see cref="SqliteConnection.CreateFunction{T1, TResult}(string, Func{T1, TResult}, bool)"/>,
/// whose conversions to and from .NET strings cost several times the folding itself: a
/// case-insensitive filter calls it once per row and folded column.
/// </summary>
internal sealed class SqliteCaseFoldingInterceptor : DbConnectionInterceptor
{
    /// <summary>Texts up to this many bytes are folded on the stack.</summary>
    private const int StackBytes = 512;

    private static readonly delegate_function_scalar Function = Fold;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            var result = raw.sqlite3_create_function(sqlite.Handle, CaseFolding.SqliteFunction, 1, raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC, null, Function);
            SqliteException.ThrowExceptionForRC(result, sqlite.Handle);
        }
    }

    // Called by SQLite for each value: nothing may escape it, so a failure becomes an SQL error.
    private static void Fold(sqlite3_context context, object userData, sqlite3_value[] arguments)
    {
        try
        {
            var value = arguments[0];
            if (raw.sqlite3_value_type(value) == raw.SQLITE_NULL)
            {
                raw.sqlite3_result_null(context);
                return;
            }

            var text = raw.sqlite3_value_text(value);
            var length = raw.sqlite3_value_bytes(value);
            if (length == 0)
            {
                // An empty span reaches SQLite as a null pointer, which it would take for NULL.
                raw.sqlite3_result_text(context, string.Empty);
                return;
            }

            var source = MemoryMarshal.CreateReadOnlySpan(in text.GetPinnableReference(), length);
            byte[]? rented = null;
            var folded = length <= StackBytes ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
            source.CopyTo(folded);
            CaseFolding.FoldUtf8(folded);
            raw.sqlite3_result_text(context, folded);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
        catch (Exception exception)
        {
            raw.sqlite3_result_error(context, $"{CaseFolding.SqliteFunction}: {exception.Message}");
        }
    }
}
