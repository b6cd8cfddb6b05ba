using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpenCity.GraphQL.Data.Filtering.Folding;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Builds one operation (<c>eq</c>, <c>contains</c>, …) on a member. Positive operations are
/// written to be false, never NULL, for a missing value (<c>m != null &amp;&amp; …</c>); a negated
/// operation is the plain <c>!</c> of its positive one, so both agree with LINQ-to-Objects.
/// </summary>
internal static class FilterOperations
{
    private static readonly Dictionary<string, string> Negations = new()
    {
        ["neq"] = "eq",
        ["nin"] = "in",
        ["ngt"] = "gt",
        ["ngte"] = "gte",
        ["nlt"] = "lt",
        ["nlte"] = "lte",
        ["ncontains"] = "contains",
        ["nstartsWith"] = "startsWith",
        ["nendsWith"] = "endsWith",
        ["neqIgnoreCase"] = "eqIgnoreCase",
        ["ncontainsIgnoreCase"] = "containsIgnoreCase",
        ["nstartsWithIgnoreCase"] = "startsWithIgnoreCase",
        ["nendsWithIgnoreCase"] = "endsWithIgnoreCase",
    };

    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithText = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithText = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo Substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo SubstringOfLength = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;

    public static Expression Build(string operation, Expression member, object? value) =>
        Negations.TryGetValue(operation, out var positive)
            ? Expression.Not(Positive(positive, operation, member, value))
            : Positive(operation, operation, member, value);

    private static Expression Positive(string operation, string written, Expression member, object? value)
    {
        if (value is null)
        {
            return operation == "eq"
                ? IsNull(member)
                : throw FilterExpressionBuilder.Invalid($"`{written}: null` has no meaning; only `eq` and `neq` accept null.");
        }

        return operation switch
        {
            "eq" => Guarded(member, Expression.Equal(member, Parameter(member.Type, value))),
            "in" => In(member, (IEnumerable)value),
            "gt" => Guarded(member, Expression.GreaterThan(member, Parameter(member.Type, value))),
            "gte" => Guarded(member, Expression.GreaterThanOrEqual(member, Parameter(member.Type, value))),
            "lt" => Guarded(member, Expression.LessThan(member, Parameter(member.Type, value))),
            "lte" => Guarded(member, Expression.LessThanOrEqual(member, Parameter(member.Type, value))),
            "contains" => Guarded(member, Expression.Call(member, Contains, Parameter(member.Type, value))),
            "startsWith" => Guarded(member, StartsWith(member, (string)value)),
            "endsWith" => Guarded(member, EndsWith(member, (string)value)),
            "eqIgnoreCase" => Guarded(member, Expression.Equal(CaseFolding.Fold(member), Folded(value))),
            "containsIgnoreCase" => Guarded(member, Expression.Call(CaseFolding.Fold(member), Contains, Folded(value))),
            "startsWithIgnoreCase" => Guarded(member, Expression.Call(CaseFolding.Fold(member), StartsWithText, Folded(value))),
            "endsWithIgnoreCase" => Guarded(member, Expression.Call(CaseFolding.Fold(member), EndsWithText, Folded(value))),
            _ => throw new InvalidOperationException($"Unknown filter operation `{written}`."),
        };
    }

    // EF Core's StartsWith/EndsWith become LIKE on SQLite, which ignores the case of A–Z; comparing
    // the leading or trailing characters is exact on every database (and safe in memory). The
    // IgnoreCase variants compare folded text, which has no A–Z left, so they can use LIKE (with
    // the value's % _ \ escaped by EF Core), which PostgreSQL serves from a folded-text index.
    private static Expression StartsWith(Expression text, string value)
    {
        var length = Hold(typeof(int), value.Length);
        var start = Expression.Call(text, SubstringOfLength, Expression.Constant(0), length);
        return Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Property(text, nameof(string.Length)), length),
            Expression.Equal(start, Hold(typeof(string), value)));
    }

    private static Expression EndsWith(Expression text, string value)
    {
        var length = Hold(typeof(int), value.Length);
        var textLength = Expression.Property(text, nameof(string.Length));
        var end = Expression.Call(text, Substring, Expression.Subtract(textLength, length));
        return Expression.AndAlso(
            Expression.GreaterThanOrEqual(textLength, length),
            Expression.Equal(end, Hold(typeof(string), value)));
    }

    // The list is one parameter (EF.Parameter): a JSON array read with json_each() on SQLite,
    // an array with = ANY() on PostgreSQL. EF Core 10's default sends one parameter per value,
    // which SQLite takes in time growing faster than the list (1,000 values: ~0.1 s; 30,000: ~10 s).
    private static Expression In(Expression member, IEnumerable values)
    {
        var items = values.Cast<object?>().ToList();
        var present = items.Where(item => item is not null).Select(item => Convert(item!, member.Type)).ToArray();
        var array = Array.CreateInstance(member.Type, present.Length);
        Array.Copy(present, array, present.Length);
        Expression condition = present.Length == 0
            ? Expression.Constant(false)
            : Guarded(member, Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], OneParameter(array), member));
        return items.Count == present.Length ? condition : Expression.OrElse(condition, IsNull(member));
    }

    private static Expression OneParameter(Array values) =>
        Expression.Call(typeof(EF), nameof(EF.Parameter), [values.GetType()], Hold(values.GetType(), values));

    private static Expression IsNull(Expression member) => MemberLambdas.IsNullable(member.Type)
        ? Expression.Equal(member, Expression.Constant(null, member.Type))
        : Expression.Constant(false);

    /// <summary>Makes a comparison false rather than NULL when the member has no value.</summary>
    public static Expression Guarded(Expression member, Expression comparison) => MemberLambdas.IsNullable(member.Type)
        ? Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), comparison)
        : comparison;

    private static Expression Parameter(Type type, object value) => Hold(type, Convert(value, type));

    private static Expression Folded(object value) => Hold(typeof(string), CaseFolding.Fold((string)value));

    public static MemberExpression Hold(Type type, object? value) => Expression.Property(
        Expression.Constant(Activator.CreateInstance(typeof(QueryParameter<>).MakeGenericType(type), value)),
        nameof(QueryParameter<object>.Value));

    private static object Convert(object value, Type memberType)
    {
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        return value switch
        {
            _ when value.GetType() == type && value is not DateTime => value,
            // timestamptz needs UTC; a time written without an offset is read as UTC.
            DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
            DateTime other => DateTime.SpecifyKind(other, DateTimeKind.Utc),
            _ when type.IsEnum => Enum.ToObject(type, value),
            _ => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
        };
    }
}
