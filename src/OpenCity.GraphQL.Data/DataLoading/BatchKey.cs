using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using OpenCity.GraphQL.Data.Projection;

namespace OpenCity.GraphQL.Data.DataLoading;

/// <summary>
/// Which batch a load joins: the loader, the field being resolved, the values of its arguments
/// and what it selects. Two resolutions share a batch only when all four are equal, so fields that
/// differ in their arguments (aliases, variables) or in their selections never get each other's rows.
/// </summary>
/// <param name="Loader">What the batch fetches, e.g. <c>unitComponents</c>.</param>
/// <param name="Field">The field definition being resolved (compared by reference).</param>
/// <param name="Arguments">The field's argument values, written canonically (<see cref="ArgumentText"/>).</param>
/// <param name="Selection">The fields selected below it and the columns projected for it.</param>
public readonly record struct BatchKey(string Loader, FieldType Field, string Arguments, string Selection)
{
    /// <summary>The key of the field being resolved, with the projection its rows are read through, if any.</summary>
    public static BatchKey For(IResolveFieldContext context, string loader, LambdaExpression? projection = null) => new(
        loader,
        context.FieldDefinition,
        ArgumentText.Of(context.Arguments),
        $"{string.Join(',', SelectionReader.SelectedFields(context).Order(StringComparer.Ordinal))}|{Columns(projection)}");

    private static string Columns(LambdaExpression? projection) => projection?.Body is MemberInitExpression init
        ? string.Join(',', init.Bindings.Select(b => b.Member.Name).Order(StringComparer.Ordinal))
        : projection?.ToString() ?? "";
}
