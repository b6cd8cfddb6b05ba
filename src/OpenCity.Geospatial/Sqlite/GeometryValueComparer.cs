using Microsoft.EntityFrameworkCore.ChangeTracking;
using NetTopologySuite.Geometries;

namespace OpenCity.Geospatial.Sqlite;

/// <summary>Compares geometries by exact coordinates and snapshots them by copy, so in-place edits are detected.</summary>
internal sealed class GeometryValueComparer<TGeometry>() : ValueComparer<TGeometry>(
    (left, right) => left == null ? right == null : right != null && left.EqualsExact(right),
    geometry => geometry.GetHashCode(),
    geometry => (TGeometry)geometry.Copy())
    where TGeometry : Geometry;
