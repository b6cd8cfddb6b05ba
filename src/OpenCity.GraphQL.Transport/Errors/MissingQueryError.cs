using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The request carries no GraphQL document.</summary>
public sealed class MissingQueryError()
    : GraphQLHttpError(
        "QUERY_MISSING",
        "The request has no GraphQL document: send it as the string field 'query' of a JSON body (POST) or as the 'query' URL parameter (GET).",
        StatusCodes.Status400BadRequest);
