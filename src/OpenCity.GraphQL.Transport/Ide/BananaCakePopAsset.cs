namespace OpenCity.GraphQL.Transport.Ide;

/// <summary>One file of the IDE package, embedded in this assembly.</summary>
/// <param name="Path">Path below the endpoint, e.g. <c>static/js/main.0349187e.js</c>.</param>
/// <param name="ResourceName">Manifest resource name.</param>
/// <param name="ContentType">Media type to serve it with.</param>
/// <param name="Immutable">Whether its name carries a content hash, so browsers may cache it forever.</param>
public sealed record BananaCakePopAsset(string Path, string ResourceName, string ContentType, bool Immutable);
