namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// The documented order of every list: the client's keys with NULL larger than any value (last
/// ascending, first descending), text by character code, enums by their stored name, then the
/// id ascending as the tie-breaker.
/// </summary>
internal static class OracleOrdering
{
    public static List<T> Sort<T>(IEnumerable<T> rows, IReadOnlyList<OracleSortKey<T>> keys, Func<T, long> id)
    {
        var sorted = rows.ToList();
        sorted.Sort((x, y) =>
        {
            foreach (var key in keys)
            {
                var compared = Compare(key.Value(x), key.Value(y));
                if (compared != 0)
                {
                    return key.Descending ? -compared : compared;
                }
            }

            return id(x).CompareTo(id(y));
        });
        return sorted;
    }

    private static int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string a, string b) => OracleText.Compare(a, b),
        (Enum a, Enum b) => OracleText.Compare(a.ToString(), b.ToString()),
        (IComparable a, _) => a.CompareTo(y),
        _ => throw new InvalidOperationException($"No order for {x.GetType().Name}."),
    };
}
