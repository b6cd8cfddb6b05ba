using GraphQL.Execution;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// A request the transport refuses before the GraphQL engine sees it. Each failure has its own
/// class with a stable <c>extensions.code</c> and the HTTP status that goes with it.
/// </summary>
public abstract class GraphQLHttpError : RequestError, IHasHttpStatusCode
{
    protected GraphQLHttpError(string code, string message, int statusCode)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public int StatusCode { get; }
}
