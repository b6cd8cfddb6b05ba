namespace OpenCity.GraphQL.Data.Paging.RowValues;

/// <summary>
/// SQL row-value comparisons, <c>(a1, a2, …) &gt; (b1, b2, …)</c>, for LINQ queries on a context
/// configured with <see cref="RowValueDbContextOptionsBuilderExtensions.UseRowValueComparisons"/>.
/// A row is written from its last element inwards: <c>Prepend(a1, b1, GreaterThan(a2, b2))</c>.
/// A database can serve such a comparison from an index range (the equivalent
/// <c>a1 &gt; b1 OR (a1 = b1 AND a2 &gt; b2)</c> it can only filter with), which is what makes a
/// deep keyset page cost what the first page costs. Only translated to SQL: calling these in
/// memory throws.
/// </summary>
public static class RowValue
{
    /// <summary><c>(column) &gt; (value)</c>, the last element of a row comparison.</summary>
    public static bool GreaterThan<TValue>(TValue column, TValue value) => throw InMemory();

    /// <summary><c>(column) &gt;= (value)</c>, the last element of a row comparison.</summary>
    public static bool GreaterThanOrEqual<TValue>(TValue column, TValue value) => throw InMemory();

    /// <summary><c>(column) &lt; (value)</c>, the last element of a row comparison.</summary>
    public static bool LessThan<TValue>(TValue column, TValue value) => throw InMemory();

    /// <summary><c>(column) &lt;= (value)</c>, the last element of a row comparison.</summary>
    public static bool LessThanOrEqual<TValue>(TValue column, TValue value) => throw InMemory();

    /// <summary>Puts <paramref name="column"/> and <paramref name="value"/> in front of the two rows of <paramref name="comparison"/>.</summary>
    public static bool Prepend<TValue>(TValue column, TValue value, bool comparison) => throw InMemory();

    private static InvalidOperationException InMemory() =>
        new("RowValue comparisons are translated to SQL by a context configured with UseRowValueComparisons(); they cannot run in memory.");
}
