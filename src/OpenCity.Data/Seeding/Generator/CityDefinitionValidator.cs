using OpenCity.Domain.Components;

namespace OpenCity.Data.Seeding;

/// <summary>Checks what the JSON schema cannot: references between parts and ranges that keep the generator sound.</summary>
internal static class CityDefinitionValidator
{
    private static readonly string[] Models =
        ["population", "households", "area", "serviceRequests", "greenShare", "energyUse", "pm25", "noiseMax", "pressureMin"];

    public static void Validate(CityDefinition definition)
    {
        Require(definition.CellSizeMeters is >= 50 and <= 2000, "cellSizeMeters must be between 50 and 2000.");
        Require(definition.CentreLatitude is > -80 and < 80, "centreLatitude must be between -80 and 80.");
        Require(definition.ReferenceTime.Kind == DateTimeKind.Utc, "referenceTime must be UTC (end it with Z).");
        Require(definition.InstalledFromYear <= definition.InstalledToYear, "installedFromYear must not exceed installedToYear.");
        Require(definition.Periods.Count > 0, "periods must not be empty.");
        foreach (var size in new[] { definition.Sizes.Small, definition.Sizes.Medium, definition.Sizes.Large })
        {
            Require(size.Columns >= 3 && size.Rows >= 3, "a size needs at least 3 × 3 cells.");
            Require(size.Districts >= 1 && size.StreetsPerDistrict >= 1 && size.CommunitiesPerStreet >= 1, "a size needs at least one unit per level.");
            Require(size.ReadingHours >= 0 && size.ServiceRequests >= 0, "readingHours and serviceRequests must not be negative.");
        }

        var layout = definition.Layout;
        Require(layout.LotsPerSide >= 1 && layout.SubstationSpacingCells >= 1 && layout.BusStopEveryCells >= 1 && layout.ArterialEveryLines >= 1,
            "layout counts must be positive.");
        Require(layout.BlockMarginMeters > layout.PowerLineOffsetMeters && layout.BlockMarginMeters * 2 < definition.CellSizeMeters,
            "blockMarginMeters must clear the road side and leave room for lots.");
        Require(layout.StreetlightSpacingMeters > 0, "streetlightSpacingMeters must be positive.");

        var departments = definition.Departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Require(departments.Count == definition.Departments.Count, "department codes must be unique.");
        foreach (var department in definition.Departments)
        {
            Require(department.Areas.Count is >= 1 and <= 3, $"department {department.Code} needs one to three areas.");
            Require(department.Areas.All(a => a.Polygon.Count >= 3 && a.Polygon.All(p => p.Count == 2)),
                $"the areas of department {department.Code} need at least three [x, y] vertices.");
        }

        var kinds = definition.Kinds.Select(k => k.Kind).ToHashSet();
        Require(kinds.Count == definition.Kinds.Count && kinds.Count == Enum.GetValues<ComponentKind>().Length,
            "kinds must describe every component kind exactly once.");
        Require(definition.BuildingUses.Count > 0 && definition.BuildingUses.All(u => u.MinFloors >= 1 && u.MaxFloors >= u.MinFloors),
            "buildingUses need floors with 1 ≤ minFloors ≤ maxFloors.");
        Require(definition.Metrics.All(m => m.Profile.Count == 24), "a metric's profile needs 24 hourly values.");
        Require(definition.Metrics.All(m => m.Monitors is ComponentKind.WaterPipe or ComponentKind.GasPipe
            or ComponentKind.Streetlight or ComponentKind.RoadSegment),
            "a metric can monitor a water pipe, a gas pipe, a streetlight or a road segment.");
        Require(definition.Indicators.All(i => Models.Contains(i.Model, StringComparer.Ordinal)),
            $"an indicator's model must be one of: {string.Join(", ", Models)}.");
        Require(definition.ServiceRequestCategories.All(c => departments.Contains(c.Department) && c.Descriptions.Count > 0),
            "service request categories need descriptions and an existing department.");
        Require(definition.StatusWeights.Values.Sum() > 0 && definition.ServiceRequestStatusWeights.Values.Sum() > 0,
            "status weights must not all be zero.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidDataException("Invalid city definition: " + message);
        }
    }
}
