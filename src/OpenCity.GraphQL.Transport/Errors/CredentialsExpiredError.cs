using GraphQL;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// The credentials a stream was opened with have expired, so it ends: what it carries was decided
/// for who they said the caller was. The client opens a new stream with fresh credentials.
/// </summary>
public sealed class CredentialsExpiredError : ExecutionError
{
    public CredentialsExpiredError()
        : base("The credentials this stream was opened with have expired: it ends here. Open it again with fresh credentials.")
    {
        Code = "CREDENTIALS_EXPIRED";
    }
}
