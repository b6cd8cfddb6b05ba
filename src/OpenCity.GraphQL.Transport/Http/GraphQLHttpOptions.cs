namespace OpenCity.GraphQL.Transport.Http;

/// <summary>GraphQL over HTTP, bound from <c>OpenCity:GraphQL:Http</c>.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "OpenCity:GraphQL:Http";

    /// <summary>Largest accepted POST body; larger ones get 413 REQUEST_TOO_LARGE.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool EnableGet { get; set; } = true;
}
