namespace OpenCity.Data.Seeding;

/// <summary>
/// SplitMix64: a tiny, fast, well-mixed generator whose output is the same on every machine and
/// runtime (unlike <see cref="Random"/>, whose algorithm is not a contract).
/// </summary>
internal sealed class Prng(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one purpose and one item, independent of the order items are visited in.</summary>
    public static Prng For(ulong seed, Purpose purpose, long item) =>
        new(Mix(Mix(seed + (ulong)purpose * 0x9E3779B97F4A7C15UL) ^ (ulong)item));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Next(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>An integer in [0, count).</summary>
    public int Next(int count) => (int)Math.BigMul(NextUInt64(), (ulong)count, out _);

    /// <summary>An integer in [min, max].</summary>
    public int NextInclusive(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index drawn with the given weights.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var target = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Roughly standard normal (Irwin–Hall of four uniforms), using only arithmetic so it is exact everywhere.</summary>
    public double NextGaussian() => (NextDouble() + NextDouble() + NextDouble() + NextDouble() - 2.0) * Math.Sqrt(3.0);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Independent purposes random numbers are drawn for.</summary>
    public enum Purpose
    {
        Outline = 1,
        Partition = 2,
        Cell = 3,
        Statistics = 4,
        Readings = 5,
        ServiceRequests = 6,
        Names = 7,
    }
}
