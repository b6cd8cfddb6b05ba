namespace OpenCity.Server.Tests.Queries;

/// <summary>One <c>order</c> item as sent to the server (e.g. <c>{ owner: { name: DESC } }</c>) and the value it sorts by.</summary>
internal sealed record OracleSortKey<T>(Dictionary<string, object?> Input, Func<T, object?> Value, bool Descending)
{
    /// <summary>A key on a dotted path such as <c>owner.name</c>.</summary>
    public static OracleSortKey<T> On(string path, Func<T, object?> value, bool descending)
    {
        object? input = descending ? "DESC" : "ASC";
        foreach (var segment in path.Split('.').Reverse())
        {
            input = new Dictionary<string, object?> { [segment] = input };
        }

        return new((Dictionary<string, object?>)input, value, descending);
    }
}
