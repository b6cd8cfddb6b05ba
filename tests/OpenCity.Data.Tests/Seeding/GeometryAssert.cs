using NetTopologySuite.Geometries;

namespace OpenCity.Data.Tests.Seeding;

/// <summary>Area-based comparisons in square degrees; 1e-10 deg² is about 1 m² at the demo city's latitude.</summary>
internal static class GeometryAssert
{
    public const double Tolerance = 1e-10;

    public static void SameArea(Geometry expected, Geometry actual, string what)
    {
        var difference = expected.SymmetricDifference(actual).Area;
        Assert.True(difference < Tolerance, $"{what}: symmetric difference {difference:E3} deg² exceeds {Tolerance:E0}.");
    }

    public static void NoOverlap(IReadOnlyList<Geometry> parts, string what)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            for (var j = i + 1; j < parts.Count; j++)
            {
                if (!parts[i].EnvelopeInternal.Intersects(parts[j].EnvelopeInternal))
                {
                    continue;
                }

                var overlap = parts[i].Intersection(parts[j]).Area;
                Assert.True(overlap < Tolerance, $"{what}: parts {i} and {j} overlap by {overlap:E3} deg².");
            }
        }
    }
}
