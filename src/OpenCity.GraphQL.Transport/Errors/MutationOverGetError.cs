using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// A mutation sent with GET. GET must stay safe (cacheable, prefetchable), so the spec demands 405.
/// A validation error, so it is also raised for documents served from the document cache.
/// </summary>
public sealed class MutationOverGetError : ValidationError, IHasAllowHeader
{
    public MutationOverGetError(ROM originalQuery, GraphQLOperationDefinition operation)
        : base(originalQuery, null!, "Mutations cannot be sent with GET: send them with POST.", operation)
    {
        Code = "METHOD_NOT_ALLOWED";
    }

    public int StatusCode => StatusCodes.Status405MethodNotAllowed;

    public string Allow => HttpMethods.Post;
}
