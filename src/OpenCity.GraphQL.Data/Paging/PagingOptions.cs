namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Page sizes for every connection; bound from <c>OpenCity:Paging</c>.</summary>
public sealed class PagingOptions
{
    public const string SectionName = "OpenCity:Paging";

    /// <summary>Page size when the client gives neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>The largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 500;
}
