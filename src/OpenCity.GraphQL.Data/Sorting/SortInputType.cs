using System.Linq.Expressions;
using GraphQL.Types;
using OpenCity.GraphQL.Data.Filtering;

namespace OpenCity.GraphQL.Data.Sorting;

/// <summary>
/// One element of the <c>order</c> list of a <typeparamref name="T"/> (<c>{Type}SortInput</c>).
/// Nothing is sortable unless a subclass declares it; each field keeps its member lambda.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType, ISortInputType
{
    protected SortInputType()
    {
        Name = $"{typeof(T).Name}SortInput";
    }

    /// <summary>A member sorted by its value: <c>ASC</c> or <c>DESC</c>.</summary>
    protected FieldType Field<TValue>(Expression<Func<T, TValue>> member, string description, string? name = null) =>
        Declare(member, typeof(SortEnumType), description, name);

    /// <summary>A related object sorted by its own fields, e.g. <c>author: { name: ASC }</c>; items without one count as having no value.</summary>
    protected FieldType Field<TSortInputType>(Expression<Func<T, object?>> member, string description, string? name = null)
        where TSortInputType : IInputObjectGraphType =>
        Declare(MemberLambdas.Unbox(member), typeof(TSortInputType), description, name);

    // name: the field's name when it differs from the member's, e.g. "unit" for GridUnit.
    private FieldType Declare(LambdaExpression member, Type graphType, string description, string? name)
    {
        var field = Field(name ?? MemberLambdas.FieldName(member), graphType).Description(description).FieldType;
        field.Metadata[FilterMetadata.Member] = member;
        return field;
    }
}
