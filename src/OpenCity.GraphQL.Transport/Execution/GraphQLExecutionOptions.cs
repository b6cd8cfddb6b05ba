namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>Transport-wide execution settings, bound from <c>OpenCity:GraphQL:Execution</c>.</summary>
public sealed class GraphQLExecutionOptions
{
    public const string SectionName = "OpenCity:GraphQL:Execution";

    /// <summary>How many parsed and validated documents the document cache keeps (0 switches it off).</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>
    /// The longest document text the cache keeps (characters): the cache is keyed by the text, so
    /// without this bound a thousand large documents would hold gigabytes; longer ones are parsed
    /// each time.
    /// </summary>
    public int MaxCachedDocumentLength { get; set; } = 32 * 1024;

    /// <summary>
    /// Whether errors from unexpected exceptions show the exception (type, message and stack, without
    /// file paths, in <c>extensions.details</c>). Off unless switched on here: never because of the
    /// environment, so what a newcomer sees is what production shows.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }
}
