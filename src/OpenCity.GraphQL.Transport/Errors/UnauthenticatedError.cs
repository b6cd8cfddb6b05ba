using Microsoft.AspNetCore.Http;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// The request carried credentials the server could not accept (a bad signature, an expired or
/// foreign token): refused rather than served as anonymous, so a caller never mistakes missing
/// rights for missing data. A request without credentials is anonymous and never gets this.
/// </summary>
public sealed class UnauthenticatedError(string reason) : GraphQLHttpError(
    "UNAUTHENTICATED",
    $"The request's credentials were refused: {reason} Send a valid token, or none to read public data anonymously.",
    StatusCodes.Status401Unauthorized), IHasWwwAuthenticate
{
    /// <summary>RFC 6750's answer to a bearer token that failed validation.</summary>
    public string WwwAuthenticate => "Bearer error=\"invalid_token\"";
}
