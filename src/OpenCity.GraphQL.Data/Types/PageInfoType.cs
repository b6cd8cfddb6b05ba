using GraphQL.Types;
using OpenCity.GraphQL.Data.Paging;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>The Relay <c>PageInfo</c> type.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where this page lies in the whole list, and the cursors to fetch the pages around it.";
        Field(x => x.HasNextPage).Description("True when more items follow this page: ask again with `after: endCursor`.");
        Field(x => x.HasPreviousPage).Description("True when items come before this page: ask again with `before: startCursor` and `last`.");
        Field(x => x.StartCursor, nullable: true).Description("Cursor of the first item of this page; empty when the page is empty.");
        Field(x => x.EndCursor, nullable: true).Description("Cursor of the last item of this page; empty when the page is empty.");
    }
}
