using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>A JSON array of requests was sent; batching is not supported.</summary>
public sealed class BatchingNotSupportedError()
    : GraphQLHttpError(
        "BATCHING_NOT_SUPPORTED",
        "Batched requests (a JSON array) are not supported: send one JSON object per request.",
        StatusCodes.Status400BadRequest);
