using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Query;
using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// One sort key bound to the row parameter of a keyset order. <see cref="Body"/> is lifted to a
/// nullable type when the value can be missing — a nullable column, or a column behind an optional
/// navigation (<c>b.Author!.Born</c>) — because SQL then yields NULL even for a non-nullable CLR type.
/// </summary>
internal sealed record KeysetKey(Expression Body, bool Descending, bool Nullable, Type ValueType, string Path)
{
    // A memo of the members' declared nullability, a pure function of the compiled model.
    private static readonly ConcurrentDictionary<MemberInfo, bool> ReferenceMayBeNull = new();

    public static List<KeysetKey> Bind<T>(IReadOnlyList<SortKey<T>> order, ParameterExpression row)
    {
        var keys = new List<KeysetKey>(order.Count);
        foreach (var sortKey in order)
        {
            var lambda = sortKey.Key;
            if (lambda.Parameters.Count != 1 || !lambda.Parameters[0].Type.IsAssignableFrom(typeof(T)))
            {
                throw new ArgumentException($"A sort key of {typeof(T).Name} takes one {typeof(T).Name} parameter: {lambda}.", nameof(order));
            }

            var body = ReplacingExpressionVisitor.Replace(lambda.Parameters[0], row, lambda.Body);
            while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert && convert.Type == typeof(object))
            {
                body = convert.Operand; // keys typed Func<T, object> box their value
            }

            var nullable = CanBeNull(body);
            if (nullable && body.Type.IsValueType && System.Nullable.GetUnderlyingType(body.Type) is null)
            {
                body = Expression.Convert(body, typeof(Nullable<>).MakeGenericType(body.Type));
            }

            var valueType = System.Nullable.GetUnderlyingType(body.Type) ?? body.Type;
            if (!IsComparable(valueType))
            {
                throw new ArgumentException($"Cannot page in the order of {lambda}: values of type {valueType.Name} have no order.", nameof(order));
            }

            var path = ReplacingExpressionVisitor.Replace(row, Expression.Parameter(typeof(T), "x"), body).ToString();
            keys.Add(new KeysetKey(body, sortKey.Descending, nullable, valueType, path));
        }

        return keys;
    }

    /// <summary>
    /// A short hash of the order — paths, value types and directions — that a cursor carries, so a
    /// cursor made for one <c>order</c> is refused under another.
    /// </summary>
    public static string Fingerprint(IEnumerable<KeysetKey> keys)
    {
        var text = string.Join('\n', keys.Select(k => $"{k.Path}|{k.ValueType.FullName}|{(k.Descending ? "desc" : "asc")}"));
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 9));
    }

    private static bool CanBeNull(Expression body)
    {
        if (System.Nullable.GetUnderlyingType(body.Type) is not null)
        {
            return true;
        }

        // Walk the member path back to the row: any member on the way that may be null (an
        // optional navigation, a nullable string) makes the key nullable in SQL.
        var expression = body;
        while (expression is MemberExpression member)
        {
            var type = member.Type;
            var mayBeNull = System.Nullable.GetUnderlyingType(type) is not null
                || (!type.IsValueType && ReferenceMayBeNull.GetOrAdd(member.Member, DeclaredNullable));
            if (mayBeNull)
            {
                return true;
            }

            expression = member.Expression;
        }

        return expression is not ParameterExpression && !body.Type.IsValueType;
    }

    /// <summary>Whether a reference-typed member is declared nullable (<c>string?</c>, <c>Author?</c>); read once per member.</summary>
    private static bool DeclaredNullable(MemberInfo member) => member switch
    {
        // NullabilityInfoContext is not thread-safe, and a miss is rare: one per member ever sorted by.
        PropertyInfo property => new NullabilityInfoContext().Create(property).ReadState != NullabilityState.NotNull,
        FieldInfo field => new NullabilityInfoContext().Create(field).ReadState != NullabilityState.NotNull,
        _ => true,
    };

    private static bool IsComparable(Type type)
    {
        if (type == typeof(string) || type == typeof(bool) || type.IsEnum)
        {
            return true;
        }

        try
        {
            _ = Expression.GreaterThan(Expression.Default(type), Expression.Default(type));
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
