namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// The city's bounding box and centroid in WGS 84 degrees: the attack geometries are drawn inside
/// the box from the centroid, where the components are.
/// </summary>
public sealed record CityExtent(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude, double CentreLongitude, double CentreLatitude);
