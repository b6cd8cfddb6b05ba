using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OpenCity.GraphQL.Transport.Http;

/// <summary>Content negotiation for GraphQL responses (spec section "Body").</summary>
internal static class ResponseMediaTypeSelector
{
    /// <summary>
    /// The media type to answer with, or null when the Accept header admits neither. Each type takes the
    /// quality of the most specific range that names it (RFC 9110 12.5.1); the higher quality wins, then
    /// the type the client named over one a wildcard reaches, then the client's order. A client that names
    /// neither type (no Accept, <c>*/*</c>, <c>application/*</c>) gets application/json: it has not said it
    /// reads application/graphql-response+json, and application/json is what every GraphQL client reads
    /// (graphql-http's audits 47DE and 80D8, the spec's legacy default).
    /// </summary>
    public static string? Select(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return GraphQLMediaTypes.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return null;
        }

        var graphQLResponse = Preference.Of(GraphQLMediaTypes.GraphQLResponseJson, ranges);
        var json = Preference.Of(GraphQLMediaTypes.Json, ranges);
        if (graphQLResponse.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        return graphQLResponse.IsPreferredTo(json) ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
    }

    /// <summary>How much the client wants one media type: the quality, specificity and position of its range.</summary>
    private readonly record struct Preference(double Quality, int Specificity, int Position)
    {
        private const int Named = 2;

        public static Preference Of(string mediaType, IList<MediaTypeHeaderValue> ranges)
        {
            var preference = new Preference(0, -1, int.MaxValue);
            for (var position = 0; position < ranges.Count; position++)
            {
                var specificity = SpecificityOf(ranges[position], mediaType);
                if (specificity > preference.Specificity)
                {
                    preference = new Preference(ranges[position].Quality ?? 1.0, specificity, position);
                }
            }

            return preference;
        }

        /// <summary>
        /// Strictly preferred. Both types are application/*, so two wildcards reaching them are one range:
        /// that tie goes to the other type (application/json).
        /// </summary>
        public bool IsPreferredTo(Preference other)
        {
            if (Quality != other.Quality)
            {
                return Quality > other.Quality;
            }

            if (Specificity != other.Specificity)
            {
                return Specificity > other.Specificity;
            }

            return Specificity == Named && Position < other.Position;
        }

        /// <summary>2 for the type itself, 1 for type/*, 0 for */*, -1 for a range that does not reach it.</summary>
        private static int SpecificityOf(MediaTypeHeaderValue range, string mediaType)
        {
            // Exact comparison: MediaTypeHeaderValue's subset matching treats +json suffixes as application/json.
            if (range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            {
                return Named;
            }

            if (range.MatchesAllTypes)
            {
                return 0;
            }

            return range.MatchesAllSubTypes && range.Type.Equals(mediaType[..mediaType.IndexOf('/')], StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        }
    }
}
