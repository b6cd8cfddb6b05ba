using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Relay paging arguments as the client sent them.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>The field the list is paged through, e.g. <c>Query.components</c>: cursors are bound to it.</summary>
    public string List { get; init; } = "";

    /// <summary>
    /// Whether the page's rows are asked for (<c>nodes</c>, <c>edges</c> or <c>pageInfo</c>); when only
    /// <c>totalCount</c> is, no page is read.
    /// </summary>
    public bool ReadsRows { get; init; } = true;

    /// <summary>True when the client pages backwards from the end (<c>last</c>/<c>before</c>).</summary>
    public bool IsBackward => Last is not null || (First is null && Before is not null);

    /// <summary>
    /// Checks the arguments — sizes and cursors — of a list sorted by <paramref name="order"/> (the id
    /// key implied last; empty for the default order), so that a batched resolver reports a mistake
    /// once, at its own field, rather than from inside a batch shared with other fields.
    /// </summary>
    public void Validate<T>(PagingOptions options, IReadOnlyList<SortKey<T>> order) => Validate(options, KeysetSignature.Of(order, List));

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

    private void Validate(PagingOptions options, KeysetSignature signature)
    {
        PageSize(options);
        _ = After is null ? null : KeysetCursor.Decode(After, signature, options.CursorKeys);
        _ = Before is null ? null : KeysetCursor.Decode(Before, signature, options.CursorKeys);
    }
}
