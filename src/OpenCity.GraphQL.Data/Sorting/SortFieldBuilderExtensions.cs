using GraphQL.Builders;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Sorting;

/// <summary>Declares a field's sort argument with the standard description.</summary>
public static class SortFieldBuilderExtensions
{
    /// <summary>Adds <c>order: [{Type}SortInput!]</c>; <paramref name="sortType"/> is a <see cref="SortInputType{T}"/>.</summary>
    public static FieldBuilder<TSource, TReturn> WithSortArgument<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Type sortType, string argumentName = "order")
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(sortType);
        if (!typeof(IInputObjectGraphType).IsAssignableFrom(sortType))
        {
            throw new ArgumentException($"{sortType.Name} is not a sort input type.", nameof(sortType));
        }

        return field.Argument(
            typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(sortType)),
            argumentName,
            argument => argument.Description =
                "The order of the results, most important first, e.g. `[{ name: ASC }, { createdAt: DESC }]`. Items with no value " +
                "come last ascending and first descending; ties are broken by the id, so the order is always the same.");
    }
}
