using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Relay paging arguments as the client sent them.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>True when the client pages backwards from the end (<c>last</c>/<c>before</c>).</summary>
    public bool IsBackward => Last is not null || (First is null && Before is not null);

    /// <summary>
    /// Checks the arguments — sizes and cursors — so that a batched resolver reports a mistake
    /// once, at its own field, rather than from inside a batch shared with other fields.
    /// </summary>
    public void Validate(PagingOptions options)
    {
        PageSize(options);
        _ = After is null ? 0 : KeysetCursor.Decode(After);
        _ = Before is null ? 0 : KeysetCursor.Decode(Before);
    }

    /// <summary>The number of rows to return, checked against the limits.</summary>
    public int PageSize(PagingOptions options)
    {
        if (First is not null && Last is not null)
        {
            throw new DataLayerError(
                DataErrorCodes.InvalidPagingArguments,
                "Use either `first` (with `after`) or `last` (with `before`), not both.");
        }

        var requested = First ?? Last;
        if (requested is null)
        {
            return options.DefaultPageSize;
        }

        if (requested < 0)
        {
            throw new DataLayerError(
                DataErrorCodes.InvalidPagingArguments,
                $"`{(First is not null ? "first" : "last")}` must be zero or more; it was {requested}.");
        }

        if (requested > options.MaxPageSize)
        {
            throw new DataLayerError(
                DataErrorCodes.PageSizeExceeded,
                $"A page holds at most {options.MaxPageSize} items; {requested} were asked for. Page with `after`/`before` instead.");
        }

        return requested.Value;
    }
}
