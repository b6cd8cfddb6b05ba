using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>
/// Stores a geometry as OGC well-known binary (little-endian, 2D) in a SQLite BLOB. WKB carries
/// the IEEE doubles unchanged, so coordinates round-trip bit for bit; the SRID is not stored
/// because every geometry of the twin is WGS 84, and is set to 4326 on read.
/// </summary>
internal sealed class WkbGeometryConverter<TGeometry>() : ValueConverter<TGeometry, byte[]>(
    geometry => WkbGeometry.Write(geometry),
    bytes => (TGeometry)WkbGeometry.Read(bytes))
    where TGeometry : Geometry;
