using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Helpers for the member lambdas (<c>book => book.Title</c>) that filter and sort fields declare.</summary>
internal static class MemberLambdas
{
    /// <summary>The lambda without the boxing <c>Convert</c> an <c>object</c>-typed declaration adds.</summary>
    public static LambdaExpression Unbox(LambdaExpression member) =>
        member.Body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
            ? Expression.Lambda(convert.Operand, member.Parameters)
            : member;

    public static string FieldName(LambdaExpression member) => member.Body is MemberExpression access
        ? char.ToLowerInvariant(access.Member.Name[0]) + access.Member.Name[1..]
        : throw new ArgumentException($"`{member}` must be a member access such as `x => x.Name`.", nameof(member));

    /// <summary>The lambda's body with its parameter replaced by <paramref name="instance"/>.</summary>
    public static Expression Inline(LambdaExpression member, Expression instance) =>
        ReplacingExpressionVisitor.Replace(member.Parameters[0], instance, member.Body);

    public static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    public static Type AsNullable(Type type) => IsNullable(type) ? type : typeof(Nullable<>).MakeGenericType(type);
}
