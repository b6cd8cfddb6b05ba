namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>An error after which the client may try again later: the answer carries a <c>Retry-After</c> header.</summary>
public interface IHasRetryAfter : IHasHttpStatusCode
{
    TimeSpan RetryAfter { get; }
}
