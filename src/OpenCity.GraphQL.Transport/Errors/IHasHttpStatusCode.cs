namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>An error that decides the HTTP status code of the response that carries it.</summary>
public interface IHasHttpStatusCode
{
    int StatusCode { get; }
}
