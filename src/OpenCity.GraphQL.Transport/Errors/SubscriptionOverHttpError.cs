using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// A subscription sent as a plain HTTP request, which can carry only one response. Neither GET
/// nor POST would work, so this is 400 rather than 405.
/// </summary>
public sealed class SubscriptionOverHttpError : ValidationError, IHasHttpStatusCode
{
    public SubscriptionOverHttpError(ROM originalQuery, GraphQLOperationDefinition operation)
        : base(originalQuery, null!, "Subscriptions cannot be executed over a single HTTP request: use a streaming transport (WebSocket graphql-transport-ws or SSE) where the server offers one.", operation)
    {
        Code = "SUBSCRIPTION_NOT_SUPPORTED";
    }

    public int StatusCode => StatusCodes.Status400BadRequest;
}
