using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>A POST whose Content-Type is missing or not application/json.</summary>
public sealed class UnsupportedMediaTypeError(string? contentType)
    : GraphQLHttpError(
        "UNSUPPORTED_MEDIA_TYPE",
        contentType is null or ""
            ? "The POST request has no Content-Type header: send the body as JSON with 'Content-Type: application/json'."
            : $"Content-Type '{contentType}' is not supported: send the body as JSON with 'Content-Type: application/json'.",
        StatusCodes.Status415UnsupportedMediaType);
