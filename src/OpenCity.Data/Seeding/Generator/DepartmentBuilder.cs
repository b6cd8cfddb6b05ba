using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using OpenCity.Domain.Departments;
using OpenCity.Geospatial.Geodesy;

namespace OpenCity.Data.Seeding;

/// <summary>Departments and their responsibility areas: the seed's polygons, placed on the city's bounding box and clipped to the city.</summary>
internal static class DepartmentBuilder
{
    public static (IReadOnlyList<Department> Departments, IReadOnlyList<ResponsibilityArea> Areas) Build(
        CityDefinition definition, MultiPolygon city)
    {
        var departments = new List<Department>();
        var areas = new List<ResponsibilityArea>();
        var box = city.EnvelopeInternal;
        foreach (var d in definition.Departments)
        {
            var department = new Department
            {
                Id = departments.Count + 1,
                Code = d.Code,
                Name = d.Name,
                Domain = d.Domain,
                Description = d.Description,
            };
            departments.Add(department);
            foreach (var a in d.Areas)
            {
                var shape = Shape(a, box);
                var clipped = OverlayNG.Overlay(shape, city, SpatialFunction.Intersection, Wgs84.Precision);
                if (clipped.IsEmpty)
                {
                    throw new InvalidDataException($"The area '{a.Name}' of department {d.Code} does not overlap the city.");
                }

                areas.Add(new ResponsibilityArea
                {
                    Id = areas.Count + 1,
                    DepartmentId = department.Id,
                    Name = a.Name,
                    Area = RingOrientation.ToMultiPolygon(clipped),
                });
            }
        }

        return (departments, areas);
    }

    private static Geometry Shape(AreaDefinition area, Envelope box)
    {
        var coordinates = area.Polygon
            .Select(p => new Coordinate(Wgs84.Round(box.MinX + p[0] * box.Width), Wgs84.Round(box.MinY + p[1] * box.Height)))
            .ToList();
        coordinates.Add(coordinates[0].Copy());
        Geometry polygon = Wgs84.Factory.CreatePolygon([.. coordinates]);
        // A self-intersecting outline in the seed still yields a usable area.
        return polygon.IsValid ? polygon : polygon.Buffer(0);
    }
}
