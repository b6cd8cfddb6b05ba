using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The Accept header admits neither response media type the server can produce.</summary>
public sealed class NotAcceptableError(string accept)
    : GraphQLHttpError(
        "NOT_ACCEPTABLE",
        $"None of the media types in 'Accept: {accept}' can be produced: accept 'application/graphql-response+json' or 'application/json'.",
        StatusCodes.Status406NotAcceptable);
