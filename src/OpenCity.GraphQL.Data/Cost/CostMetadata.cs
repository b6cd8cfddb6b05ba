using GraphQL.Builders;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// What the cost model needs to know of a field beyond its type: its own weight (heavier than an
/// ordinary object when it runs a query of its own), and for a list how long it will be — assumed, or
/// given by an argument (<c>first</c>, <c>ids</c>). Paged connections declare theirs through
/// <see cref="Paging.PagingFieldBuilderExtensions.WithPagingArguments"/>.
/// </summary>
public static class CostMetadata
{
    private const string WeightKey = "OpenCity.Cost.Weight";
    private const string ListSizeKey = "OpenCity.Cost.ListSize";
    private const string SizedByKey = "OpenCity.Cost.SizedBy";
    private const string PagedKey = "OpenCity.Cost.Paged";

    /// <summary>The field costs <paramref name="weight"/> each time it is resolved, instead of 1 (objects and lists) or 0 (scalars).</summary>
    public static FieldBuilder<TSource, TReturn> Cost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double weight)
    {
        field.FieldType.Metadata[WeightKey] = weight;
        return field;
    }

    /// <summary>The list the field returns is assumed to hold about <paramref name="size"/> items.</summary>
    public static FieldBuilder<TSource, TReturn> ListSize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int size)
    {
        field.FieldType.Metadata[ListSizeKey] = size;
        return field;
    }

    /// <summary>
    /// The list's length is given by an argument: its value when it is a number (<c>first: 10</c>),
    /// its length when it is a list (<c>ids: […]</c>); <paramref name="fallback"/> when it is not given.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> SizedBy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string argument, int fallback)
    {
        field.FieldType.Metadata[SizedByKey] = (argument, fallback);
        return field;
    }

    /// <summary>Marks a paged connection: its <c>nodes</c> and <c>edges</c> hold <c>first</c> or <c>last</c> items, or the default page size.</summary>
    internal static void MarkPaged(FieldType field) => field.Metadata[PagedKey] = true;

    internal static double? WeightOf(FieldType field) => field.Metadata.TryGetValue(WeightKey, out var weight) ? (double)weight! : null;

    internal static int? ListSizeOf(FieldType field) => field.Metadata.TryGetValue(ListSizeKey, out var size) ? (int)size! : null;

    internal static (string Argument, int Fallback)? SizedByOf(FieldType field) =>
        field.Metadata.TryGetValue(SizedByKey, out var sizedBy) ? ((string, int))sizedBy! : null;

    internal static bool IsPaged(FieldType field) => field.Metadata.ContainsKey(PagedKey);
}
