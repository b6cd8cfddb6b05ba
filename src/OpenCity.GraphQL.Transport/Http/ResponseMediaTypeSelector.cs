using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OpenCity.GraphQL.Transport.Http;

/// <summary>Content negotiation for GraphQL responses (spec section "Body").</summary>
internal static class ResponseMediaTypeSelector
{
    /// <summary>
    /// The media type to answer with, or null when the Accept header admits neither. No Accept header
    /// means application/graphql-response+json: the spec's default since its 2025-01-01 watershed.
    /// Wildcards get the server's choice, application/graphql-response+json.
    /// </summary>
    public static string? Select(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return GraphQLMediaTypes.GraphQLResponseJson;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes) || mediaTypes.Count == 0)
        {
            return null;
        }

        string? selected = null;
        var selectedQuality = 0.0;
        foreach (var mediaType in mediaTypes)
        {
            var quality = mediaType.Quality ?? 1.0;
            var candidate = Match(mediaType);
            // Strictly greater keeps the client's order among equal qualities.
            if (candidate is not null && quality > selectedQuality)
            {
                selected = candidate;
                selectedQuality = quality;
            }
        }

        return selected;
    }

    private static string? Match(MediaTypeHeaderValue mediaType)
    {
        // Exact comparison: MediaTypeHeaderValue's subset matching treats +json suffixes as application/json.
        if (mediaType.MediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLMediaTypes.GraphQLResponseJson;
        }

        if (mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLMediaTypes.Json;
        }

        return mediaType.MatchesAllTypes || mediaType.MatchesAllSubTypes && mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
            ? GraphQLMediaTypes.GraphQLResponseJson
            : null;
    }
}
