using System.Globalization;
using BenchmarkDotNet.Reports;
using OpenCity.Data.Seeding;

namespace OpenCity.Benchmarks.Seeding;

/// <summary>Turns the seeding benchmarks' mean times into rows per second.</summary>
public static class SeedingRowsPerSecond
{
    public static void Print(IEnumerable<Summary> summaries)
    {
        var definition = CityDefinition.LoadEmbedded();
        foreach (var report in summaries.SelectMany(s => s.Reports)
            .Where(r => r.ResultStatistics is not null && r.BenchmarkCase.Descriptor.Type == typeof(SeedingBenchmarks)))
        {
            var size = (CitySize)report.BenchmarkCase.Parameters[nameof(SeedingBenchmarks.Size)]!;
            var rows = DemoCityRows.Count(new DemoCityGenerator(definition).Generate(size));
            var seconds = report.ResultStatistics!.Mean / 1e9;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,-30} {size,-7} {rows,10:N0} rows in {seconds,7:F2} s = {rows / seconds,10:N0} rows/s"));
        }
    }
}
