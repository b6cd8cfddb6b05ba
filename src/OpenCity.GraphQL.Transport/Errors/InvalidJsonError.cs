using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The body (or a JSON-encoded URL parameter) is not valid JSON.</summary>
public sealed class InvalidJsonError(string where, string detail)
    : GraphQLHttpError(
        "INVALID_JSON",
        $"{where} is not valid JSON: {detail}",
        StatusCodes.Status400BadRequest);
