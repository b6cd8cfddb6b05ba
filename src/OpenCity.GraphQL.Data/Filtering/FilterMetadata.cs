namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Keys of the field metadata the expression builders read.</summary>
internal static class FilterMetadata
{
    /// <summary>The member lambda (entity => entity.Member) a filter or sort field stands for.</summary>
    public const string Member = "OpenCity.Data.Member";
}
