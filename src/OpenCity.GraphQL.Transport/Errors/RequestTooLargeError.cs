using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The request body is larger than the configured limit.</summary>
public sealed class RequestTooLargeError(long maxRequestBytes)
    : GraphQLHttpError(
        "REQUEST_TOO_LARGE",
        $"The request body is larger than the limit of {maxRequestBytes} bytes: send a smaller document or fewer variables.",
        StatusCodes.Status413RequestEntityTooLarge);
