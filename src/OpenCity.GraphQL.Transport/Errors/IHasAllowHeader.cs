namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>A 405 error: names the HTTP methods that would have been accepted (the <c>Allow</c> header).</summary>
public interface IHasAllowHeader : IHasHttpStatusCode
{
    string Allow { get; }
}
