using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>An HTTP method other than GET or POST (or GET when it is switched off).</summary>
public sealed class MethodNotAllowedError(string method, string allow)
    : GraphQLHttpError(
        "METHOD_NOT_ALLOWED",
        $"HTTP method {method} is not supported by the GraphQL endpoint: use {allow}.",
        StatusCodes.Status405MethodNotAllowed),
    IHasAllowHeader
{
    public string Allow { get; } = allow;
}
