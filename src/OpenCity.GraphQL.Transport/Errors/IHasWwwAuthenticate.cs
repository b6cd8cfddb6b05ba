namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>An error answered 401, with the <c>WWW-Authenticate</c> challenge that goes with it.</summary>
public interface IHasWwwAuthenticate : IHasHttpStatusCode
{
    string WwwAuthenticate { get; }
}
