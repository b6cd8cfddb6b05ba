namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>A body the web server itself refused to read, with the status it chose (e.g. 413, 400).</summary>
public sealed class InvalidBodyError(int statusCode, string reason)
    : GraphQLHttpError("INVALID_BODY", $"The request body could not be read: {reason}", statusCode);
