using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using OpenCity.GraphQL.Data.Cost;
using OpenCity.GraphQL.Data.Projection;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Adds the Relay paging arguments to a field and reads them back.</summary>
public static class PagingFieldBuilderExtensions
{
    /// <summary>The fields of a connection that need its rows.</summary>
    private static readonly string[] RowFields = ["nodes", "edges", "pageInfo"];

    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>, and tells the cost model the page size sets the list's length.</summary>
    public static FieldBuilder<TSource, TReturn> WithPagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        CostMetadata.MarkPaged(field.FieldType);
        field.Argument<IntGraphType>("first", "How many items to return from the start of the list (or from `after`).");
        field.Argument<StringGraphType>("after", "Return the items after this cursor; take it from `pageInfo.endCursor`.");
        field.Argument<IntGraphType>("last", "How many items to return from the end of the list (or before `before`).");
        field.Argument<StringGraphType>("before", "Return the items before this cursor; take it from `pageInfo.startCursor`.");
        return field;
    }

    /// <summary>The paging arguments of the field being resolved, bound to the field (<c>Type.field</c>) so its cursors serve no other list.</summary>
    public static PagingArguments GetPagingArguments(this IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"))
    {
        List = $"{context.ParentType.Name}.{context.FieldDefinition.Name}",
        ReadsRows = SelectionReader.SelectedFields(context).Overlaps(RowFields),
    };
}
