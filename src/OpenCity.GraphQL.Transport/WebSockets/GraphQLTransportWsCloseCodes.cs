namespace OpenCity.GraphQL.Transport.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol (graphql-ws's PROTOCOL.md) and the standard ones it uses.</summary>
public static class GraphQLTransportWsCloseCodes
{
    public const int Normal = 1000;

    /// <summary>The server is going away (shutting down).</summary>
    public const int GoingAway = 1001;

    /// <summary>An invalid message: not JSON, an unknown type, a missing field, too large.</summary>
    public const int BadRequest = 4400;

    /// <summary>An operation before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The credentials were refused, or have expired.</summary>
    public const int Forbidden = 4403;

    public const int ConnectionInitialisationTimeout = 4408;

    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>; here also a client that lost too many results by reading too slowly.</summary>
    public const int TooManyRequests = 4429;

    public const int InternalServerError = 4500;
}
