namespace OpenCity.GraphQL.Transport.Ide;

/// <summary>
/// The IDE's <c>bcp-config.json</c> (the keys its main script reads). The IDE resolves
/// <see cref="Endpoint"/> against its own URL when <see cref="UseBrowserUrlAsEndpoint"/> is set.
/// </summary>
internal sealed record BananaCakePopConfiguration(
    string Endpoint,
    string? Title,
    string? GraphQLDocument,
    bool IncludeCookies)
{
    public bool UseBrowserUrlAsEndpoint => true;

    public bool UseGet => false;

    // No phone-home: the IDE must work on a network without the internet.
    public bool DisableTelemetry => true;
}
