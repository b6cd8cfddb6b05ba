using OpenCity.Data.Seeding;

namespace OpenCity.Benchmarks.Seeding;

/// <summary>The rows of a generated city, table by table, parents before children.</summary>
public static class DemoCityRows
{
    public static IEnumerable<IReadOnlyList<object>> InLoadOrder(DemoCity city) =>
    [
        city.Units, city.Departments, city.ResponsibilityAreas, city.Components, city.Links,
        city.Readings, city.Indicators, city.Observations, city.ServiceRequests, city.Datasets,
    ];

    public static long Count(DemoCity city) => InLoadOrder(city).Sum(rows => (long)rows.Count);
}
