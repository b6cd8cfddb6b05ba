using System.Diagnostics;
using System.Globalization;

namespace OpenCity.Benchmarks.Subscriptions;

/// <summary>The process's memory after a full collection: the managed heap and the working set.</summary>
public sealed record MemorySnapshot(long ManagedBytes, long WorkingSetBytes)
{
    public static MemorySnapshot Take()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }

    /// <summary>What each of <paramref name="count"/> things added between <paramref name="before"/> and this snapshot, e.g. "5.1 KB managed, 9.8 KB working set".</summary>
    public string PerItemSince(MemorySnapshot before, long count) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(ManagedBytes - before.ManagedBytes) / 1024.0 / count:F1} KB managed, {(WorkingSetBytes - before.WorkingSetBytes) / 1024.0 / count:F1} KB working set");
}
