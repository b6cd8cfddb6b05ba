using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;
using OpenCity.GraphQL.Data.Paging.RowValues;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// A total order over rows — the client's sort keys, then the unique id — and the SQL it takes to
/// sort by it and to seek past a cursor. NULL is the largest value of every key, on every provider:
/// last going up, first going down (PostgreSQL's default, the opposite of SQLite's), so nullable
/// keys are sorted by <c>key IS NULL</c> first and the seek predicate treats NULL the same way.
/// Enums are compared as <c>(int)key</c>, which EF Core translates to a comparison of the stored
/// column — by name when the enum is stored as text, as in the database's own <c>ORDER BY</c>.
/// Strings compare by the column's collation in both the sort and the seek, so they always agree.
/// </summary>
internal sealed class KeysetOrder<T>
{
    /// <summary>
    /// Types that SQLite and PostgreSQL both compare, inside a row, in the order they sort them
    /// (and enums, stored as names or numbers). Not decimal or DateTimeOffset: SQLite stores them
    /// as text that does not compare like the values.
    /// </summary>
    private static readonly HashSet<Type> RowComparable =
    [
        typeof(string), typeof(bool), typeof(byte), typeof(short), typeof(int), typeof(long),
        typeof(float), typeof(double), typeof(DateOnly), typeof(TimeOnly), typeof(DateTime),
    ];

    private static readonly Dictionary<string, MethodInfo> OrderingMethods = typeof(Queryable).GetMethods()
        .Where(m => m.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
            && m.GetParameters().Length == 2)
        .ToDictionary(m => m.Name);

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private readonly ParameterExpression _row;
    private readonly IReadOnlyList<KeysetKey> _keys;
    private readonly Expression _id;

    private KeysetOrder(ParameterExpression row, IReadOnlyList<KeysetKey> keys, Expression id)
    {
        _row = row;
        _keys = keys;
        _id = id;
        Signature = KeysetSignature.Of(keys);
    }

    public KeysetSignature Signature { get; }

    public bool HasSortKeys => _keys.Count > 0;

    public static KeysetOrder<T> Create(IReadOnlyList<SortKey<T>> order, Expression<Func<T, long>> id)
    {
        var row = id.Parameters[0];
        return new KeysetOrder<T>(row, KeysetKey.Bind(order, row), id.Body);
    }

    /// <summary>Sorts by the order, or by its reverse for a backward page.</summary>
    public IQueryable<T> Sort(IQueryable<T> source, bool reverse)
    {
        var expression = source.Expression;
        var first = true;
        foreach (var key in _keys)
        {
            var descending = key.Descending != reverse;
            if (key.Nullable)
            {
                expression = OrderBy(expression, IsNull(key), descending, ref first);
            }

            expression = OrderBy(expression, key.Body, descending, ref first);
        }

        expression = OrderBy(expression, _id, reverse, ref first);
        return source.Provider.CreateQuery<T>(expression);
    }

    /// <summary>
    /// The rows strictly beyond <paramref name="position"/> in the order (or before it, when
    /// <paramref name="reverse"/>). With <paramref name="rowValues"/>, the leading keys that share
    /// a direction are compared as one SQL row, <c>(k1 IS NULL, k1, k2, id) &gt; (false, v1, v2, i)</c>,
    /// which an index on those columns turns into a range scan starting at the cursor: alone when
    /// the whole order runs one way, otherwise as a coarse <c>&gt;=</c> bound in front of the exact
    /// predicate.
    /// </summary>
    public Expression<Func<T, bool>> Seek(KeysetPosition position, bool reverse, bool rowValues)
    {
        var exact = ExactSeek(position, reverse);
        var bound = rowValues ? RowSeek(position, reverse) : null;
        var predicate = bound switch
        {
            null => exact,
            { Whole: true } => bound.Comparison,
            _ => Expression.AndAlso(bound.Comparison, exact),
        };
        return Expression.Lambda<Func<T, bool>>(predicate, _row);
    }

    /// <summary>
    /// <c>k1 &gt; v1 OR (k1 = v1 AND (k2 &gt; v2 OR (k2 = v2 AND id &gt; i)))</c>, with each
    /// comparison turned for its direction and NULL counted as the largest value.
    /// </summary>
    private Expression ExactSeek(KeysetPosition position, bool reverse)
    {
        Expression predicate = Expression.MakeBinary(
            reverse ? ExpressionType.LessThan : ExpressionType.GreaterThan,
            _id,
            Parameter(position.Id, typeof(long)));
        for (var index = _keys.Count - 1; index >= 0; index--)
        {
            var key = _keys[index];
            var descending = key.Descending != reverse;
            var value = position.Values[index];
            var isNull = key.Nullable ? IsNull(key) : null;
            Expression equal;
            Expression? beyond;
            if (value is null)
            {
                // Cursors are signed, so a missing value of a non-nullable key is a server bug, not a client's mistake.
                equal = isNull ?? throw new InvalidOperationException($"The cursor has no value for {key.Path}.");
                beyond = descending ? Expression.Not(isNull) : null;
            }
            else
            {
                var boundary = BoundaryOf(key, value);
                equal = Expression.Equal(key.Body, boundary);
                beyond = Beyond(key, boundary, value, descending);
                if (isNull is not null && !descending)
                {
                    beyond = beyond is null ? isNull : Expression.OrElse(beyond, isNull);
                }
            }

            var tied = Expression.AndAlso(equal, predicate);
            predicate = beyond is null ? tied : Expression.OrElse(beyond, tied);
        }

        return predicate;
    }

    /// <summary>
    /// The row comparison over the longest leading run of sort terms that go one way and have
    /// values a row can hold; null when there is none. <c>Whole</c> when it covers the entire
    /// order down to the id, and is then exact.
    /// </summary>
    private RowBound? RowSeek(KeysetPosition position, bool reverse)
    {
        var elements = new List<(Expression Column, Expression Value)>();
        var descending = _keys.Count > 0 ? _keys[0].Descending != reverse : reverse;
        var complete = true;
        for (var index = 0; index < _keys.Count; index++)
        {
            var key = _keys[index];
            var sameWay = (key.Descending != reverse) == descending;
            if (!sameWay || !(RowComparable.Contains(key.ValueType) || key.ValueType.IsEnum))
            {
                complete = false;
                break;
            }

            var value = position.Values[index];
            if (key.Nullable)
            {
                elements.Add((IsNull(key), Expression.Constant(value is null)));
            }

            if (value is null)
            {
                complete = false; // NULL = NULL is not true in SQL: the row stops at "k IS NULL"
                break;
            }

            elements.Add((key.Body, BoundaryOf(key, value)));
        }

        var whole = complete && descending == reverse; // the id runs ascending in the forward order
        if (whole)
        {
            elements.Add((_id, Parameter(position.Id, typeof(long))));
        }

        if (elements.Count == 0)
        {
            return null;
        }

        var last = elements[^1];
        var name = (descending, whole) switch
        {
            (false, true) => nameof(RowValue.GreaterThan),
            (false, false) => nameof(RowValue.GreaterThanOrEqual),
            (true, true) => nameof(RowValue.LessThan),
            (true, false) => nameof(RowValue.LessThanOrEqual),
        };
        Expression comparison = Expression.Call(typeof(RowValue), name, [last.Column.Type], last.Column, last.Value);
        for (var index = elements.Count - 2; index >= 0; index--)
        {
            var (column, value) = elements[index];
            comparison = Expression.Call(typeof(RowValue), nameof(RowValue.Prepend), [column.Type], column, value, comparison);
        }

        return new RowBound(comparison, whole);
    }

    /// <summary>Reads each row with its id and sort key values, for the cursors.</summary>
    /// <param name="source">The ordered, limited rows.</param>
    /// <param name="projection">Which columns of the row to read (all when null); it must keep the id.</param>
    public IQueryable<KeysetRow<T>> WithValues(IQueryable<T> source, Expression<Func<T, T>>? projection = null)
    {
        var values = Expression.NewArrayInit(typeof(object), _keys.Select(k => Expression.Convert(k.Body, typeof(object))));
        Expression row = projection is null ? _row : ReplacingExpressionVisitor.Replace(projection.Parameters[0], _row, projection.Body);
        var selector = Expression.Lambda<Func<T, KeysetRow<T>>>(
            Expression.MemberInit(
                Expression.New(typeof(KeysetRow<T>)),
                Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Row))!, row),
                Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Id))!, _id),
                Expression.Bind(typeof(KeysetRow<T>).GetProperty(nameof(KeysetRow<T>.Values))!, values)),
            _row);
        return source.Select(selector);
    }

    /// <summary>Values strictly greater (or, going down, smaller) than the boundary; null when there are none.</summary>
    private static Expression? Beyond(KeysetKey key, Expression boundary, object value, bool descending)
    {
        var comparison = descending ? ExpressionType.LessThan : ExpressionType.GreaterThan;
        if (key.ValueType == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, key.Body, boundary), Expression.Constant(0));
        }

        if (key.ValueType == typeof(bool))
        {
            // false < true: nothing lies beyond true going up, or beyond false going down.
            var target = !descending;
            return (bool)value == target ? null : Expression.Equal(key.Body, Expression.Constant(target, key.Body.Type));
        }

        if (key.ValueType.IsEnum)
        {
            // EF Core drops the cast and compares the stored column: text for enums stored as names.
            var underlying = Enum.GetUnderlyingType(key.ValueType);
            var type = key.Nullable ? typeof(Nullable<>).MakeGenericType(underlying) : underlying;
            return Expression.MakeBinary(comparison, Expression.Convert(key.Body, type), Expression.Convert(boundary, type));
        }

        return Expression.MakeBinary(comparison, key.Body, boundary);
    }

    private Expression OrderBy(Expression source, Expression key, bool descending, ref bool first)
    {
        var name = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        first = false;
        var lambda = Expression.Lambda(key, _row);
        var method = OrderingMethods[name].MakeGenericMethod(typeof(T), key.Type);
        return Expression.Call(method, source, Expression.Quote(lambda));
    }

    private static BinaryExpression IsNull(KeysetKey key) => Expression.Equal(key.Body, Expression.Constant(null, key.Body.Type));

    /// <summary>
    /// The cursor's value typed as the key's expression (e.g. <c>DateOnly?</c>), so that EF Core
    /// reads the parameter straight off the holder instead of compiling a conversion per request.
    /// </summary>
    private static MemberExpression BoundaryOf(KeysetKey key, object value) => Parameter(value, key.Body.Type);

    /// <summary>A captured value, which EF Core sends as a SQL parameter so the plan is reused across pages.</summary>
    private static MemberExpression Parameter(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Boundary<>).MakeGenericType(typeof(T), type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed record Boundary<TValue>(TValue Value);

    private sealed record RowBound(Expression Comparison, bool Whole);
}
