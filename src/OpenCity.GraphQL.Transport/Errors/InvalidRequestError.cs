using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>Valid JSON, but not the shape of a GraphQL-over-HTTP request.</summary>
public sealed class InvalidRequestError(string message)
    : GraphQLHttpError("INVALID_REQUEST", message, StatusCodes.Status400BadRequest);
