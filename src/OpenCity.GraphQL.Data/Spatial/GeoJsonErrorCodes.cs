namespace OpenCity.GraphQL.Data.Spatial;

/// <summary>The stable <c>extensions.code</c> values of refused GeoJSON input; clients may switch on them.</summary>
public static class GeoJsonErrorCodes
{
    /// <summary>The text is not JSON at all.</summary>
    public const string MalformedJson = "GEOJSON_MALFORMED_JSON";

    /// <summary>JSON, but not a GeoJSON geometry: no or an unknown <c>type</c>, <c>coordinates</c> of the wrong shape.</summary>
    public const string InvalidGeometry = "GEOJSON_INVALID_GEOMETRY";

    /// <summary>A position without two or three numbers, or a line or ring with too few positions.</summary>
    public const string InvalidCoordinates = "GEOJSON_INVALID_COORDINATES";

    /// <summary>A polygon ring whose last position is not its first.</summary>
    public const string RingNotClosed = "GEOJSON_RING_NOT_CLOSED";

    /// <summary>A polygon whose rings cross themselves or each other.</summary>
    public const string SelfIntersection = "GEOJSON_SELF_INTERSECTION";

    /// <summary>A polygon that is not valid for another reason, e.g. a hole outside its shell.</summary>
    public const string InvalidPolygon = "GEOJSON_INVALID_POLYGON";

    /// <summary>A longitude outside [-180, 180] or a latitude outside [-90, 90].</summary>
    public const string OutOfBounds = "GEOJSON_OUT_OF_BOUNDS";

    /// <summary>A <c>crs</c> member naming anything but WGS 84 longitude/latitude.</summary>
    public const string UnsupportedCrs = "GEOJSON_UNSUPPORTED_CRS";

    /// <summary>A <c>bbox</c> that is not 4 (or 6, with altitudes) numbers in WGS 84 with south ≤ north (west may exceed east across the antimeridian).</summary>
    public const string InvalidBbox = "GEOJSON_INVALID_BBOX";

    /// <summary>A geometry with more positions than the server accepts in one input (<see cref="GeoJsonOptions.MaxVertices"/>); <c>extensions</c> carry the <c>limit</c> and the <c>value</c> given.</summary>
    public const string TooComplex = "GEOJSON_TOO_COMPLEX";
}
