using System.Linq.Expressions;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// The <c>where</c> input of a <typeparamref name="T"/> (<c>{Type}FilterInput</c>). Nothing is
/// filterable unless a subclass declares it with one of its <c>Field</c> methods or
/// <see cref="List{TElementFilterType}"/>;
/// each field keeps its member lambda for <see cref="FilterQueryableExtensions"/>.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType, IFilterInputType
{
    protected FilterInputType()
    {
        Name = $"{typeof(T).Name}FilterInput";
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        Field("and", self).Description("Every one of these filters must match. `and: []` keeps everything.");
        Field("or", self).Description("At least one of these filters must match. `or: []` keeps nothing.");
    }

    /// <summary>A text, number, date or yes/no member, filtered with the operations of its type.</summary>
    protected FieldType Field<TValue>(Expression<Func<T, TValue>> member, string description, string? name = null)
    {
        var operations = FilterOperationTypes.For(typeof(TValue)) ?? throw new ArgumentException(
            $"{typeof(TValue).Name} has no built-in filter operations; declare `{member}` with Field<TGraphType>(…) naming its enum graph type or filter input type.",
            nameof(member));
        return Declare(member, operations, description, name);
    }

    /// <summary>
    /// A member filtered through another graph type: an enum graph type (giving
    /// <c>{Enum}OperationFilterInput</c>) or the <see cref="FilterInputType{T}"/> of a related object.
    /// </summary>
    protected FieldType Field<TGraphType>(Expression<Func<T, object?>> member, string description, string? name = null)
        where TGraphType : IGraphType
    {
        var lambda = MemberLambdas.Unbox(member);
        if (typeof(EnumerationGraphType).IsAssignableFrom(typeof(TGraphType)))
        {
            return Declare(lambda, typeof(EnumOperationFilterInputType<>).MakeGenericType(typeof(TGraphType)), description, name);
        }

        if (!typeof(IInputObjectGraphType).IsAssignableFrom(typeof(TGraphType)))
        {
            throw new ArgumentException($"{typeof(TGraphType).Name} is neither an enum graph type nor a filter input type.", nameof(member));
        }

        name ??= MemberLambdas.FieldName(lambda);
        return Declare(
            lambda,
            typeof(TGraphType),
            $"{description} Conditions given here keep the items that have one matching them (`{name}: {{}}` keeps all that have one); " +
            $"`{name}: null` keeps the items that have none.",
            name);
    }

    /// <summary>A list member, filtered with <c>some</c>/<c>all</c>/<c>none</c>/<c>any</c> over its items.</summary>
    protected FieldType List<TElementFilterType>(Expression<Func<T, object?>> member, string description, string? name = null)
        where TElementFilterType : IInputObjectGraphType, new() =>
        Declare(MemberLambdas.Unbox(member), typeof(ListFilterInputType<TElementFilterType>), description, name);

    // name: the field's name when it differs from the member's, e.g. "unit" for GridUnit.
    private FieldType Declare(LambdaExpression member, Type graphType, string description, string? name)
    {
        name ??= MemberLambdas.FieldName(member);
        if (name is "and" or "or")
        {
            throw new ArgumentException($"`{name}` is reserved for combining filters.", nameof(member));
        }

        var field = Field(name, graphType).Description(description).FieldType;
        field.Metadata[FilterMetadata.Member] = member;
        return field;
    }
}
