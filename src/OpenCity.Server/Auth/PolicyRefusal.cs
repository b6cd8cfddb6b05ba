using GraphQL;

namespace OpenCity.Server.Auth;

/// <summary>
/// A refusal of <see cref="CityPolicy"/>, reported as a GraphQL error: <c>UNAUTHENTICATED</c> when a
/// token is needed, <c>FORBIDDEN</c> (with <c>extensions.requiredScope</c>) when this caller's is not enough.
/// </summary>
public sealed class PolicyRefusal : ExecutionError
{
    public const string UnauthenticatedCode = "UNAUTHENTICATED";
    public const string ForbiddenCode = "FORBIDDEN";

    private PolicyRefusal(string code, string message, string? requiredScope)
        : base(message)
    {
        Code = code;
        RequiredScope = requiredScope;
        if (requiredScope is not null)
        {
            this.AddExtension("requiredScope", requiredScope);
        }
    }

    /// <summary>The scope that would have been enough: <c>admin</c>, or <c>department:CODE</c>.</summary>
    public string? RequiredScope { get; }

    public static PolicyRefusal Unauthenticated() =>
        new(UnauthenticatedCode, "This needs a token: send `Authorization: Bearer <token>` (see `token` in the README).", null);

    public static PolicyRefusal Forbidden(string message, string requiredScope) => new(ForbiddenCode, message, requiredScope);
}
