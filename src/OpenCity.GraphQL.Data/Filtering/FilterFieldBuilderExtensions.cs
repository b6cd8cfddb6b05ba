using GraphQL.Builders;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Declares a field's filter argument with the standard description.</summary>
public static class FilterFieldBuilderExtensions
{
    /// <summary>Adds <c>where: {Type}FilterInput</c>; <paramref name="filterType"/> is a <see cref="FilterInputType{T}"/>.</summary>
    public static FieldBuilder<TSource, TReturn> WithFilterArgument<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Type filterType, string argumentName = "where")
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(filterType);
        if (!typeof(IInputObjectGraphType).IsAssignableFrom(filterType))
        {
            throw new ArgumentException($"{filterType.Name} is not a filter input type.", nameof(filterType));
        }

        return field.Argument(
            filterType,
            argumentName,
            argument => argument.Description =
                "Keep only the items matching these conditions, e.g. `{ name: { containsIgnoreCase: \"park\" } }`. Combine conditions " +
                "with `and`/`or`. An operation whose value is a variable that is null or not given is left out.");
    }
}
