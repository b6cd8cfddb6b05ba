namespace OpenCity.GraphQL.Data.Spatial;

/// <summary>Limits on GeoJSON input (the <c>GeoJSON</c> scalar); bound from <c>OpenCity:GeoJson</c>.</summary>
public sealed class GeoJsonOptions
{
    public const string SectionName = "OpenCity:GeoJson";

    /// <summary>
    /// The default cap on positions in one input geometry. Measured (see the SpatialCost
    /// benchmarks): preparing a query geometry of this size for a distance filter takes about a
    /// millisecond, and buffering a self-crossing line or a cloud of points of this size at most
    /// about a second or two; ten times more would cost ten times that and more, per request.
    /// </summary>
    public const int DefaultMaxVertices = 2_000;

    /// <summary>
    /// The most positions one GeoJSON geometry given as input may have, counting every position of
    /// every ring, part and collection member (a closed ring's repeated last position too).
    /// </summary>
    public int MaxVertices { get; set; } = DefaultMaxVertices;
}
