using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>Well-known binary encoding of geometries on SQLite, shared by the column mapping and the spatial functions.</summary>
internal static class WkbGeometry
{
    public const int Srid = 4326;

    private static readonly NtsGeometryServices Wgs84Services = new(PrecisionModel.Floating.Value, Srid);

    public static byte[] Write(Geometry geometry) => new WKBWriter(ByteOrder.LittleEndian, handleSRID: false).Write(geometry);

    public static Geometry Read(byte[] bytes) => new WKBReader(Wgs84Services).Read(bytes);
}
