namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// The one source of randomness of a request, seeded from the request's seed so that the same seed
/// always builds the same request. <see cref="Random(int)"/> is used for its fixed, documented
/// sequence per seed.
/// </summary>
public sealed class FuzzRandom(int seed)
{
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double NextDouble() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks among options weighted by the first item of each pair.</summary>
    public T Weighted<T>(params ReadOnlySpan<(double Weight, T Value)> options)
    {
        var total = 0.0;
        foreach (var (weight, _) in options)
        {
            total += weight;
        }

        var roll = _random.NextDouble() * total;
        foreach (var (weight, value) in options)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return options[^1].Value;
    }

    /// <summary>The index of one of <paramref name="weights"/>, chosen in proportion to it.</summary>
    public int Choose(params ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = _random.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A small count: mostly 0-3, now and then larger, rarely up to <paramref name="rareMax"/>.</summary>
    public int SmallCount(int rareMax = 40) => Weighted(
        (0.25, 0),
        (0.35, 1),
        (0.2, 2),
        (0.12, Between(3, 5)),
        (0.08, Between(6, Math.Max(6, rareMax))));

    /// <summary>Some of <paramref name="items"/>, in random order, without repeats.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        var taken = new List<T>();
        while (taken.Count < count && copy.Count > 0)
        {
            var index = _random.Next(copy.Count);
            taken.Add(copy[index]);
            copy.RemoveAt(index);
        }

        return taken;
    }

    /// <summary>Like <see cref="Sample{T}"/>, each item drawn in proportion to its weight.</summary>
    public List<T> WeightedSample<T>(IReadOnlyList<T> items, Func<T, double> weight, int count)
    {
        var copy = items.ToList();
        var taken = new List<T>();
        while (taken.Count < count && copy.Count > 0)
        {
            var index = Choose([.. copy.Select(weight)]);
            taken.Add(copy[index]);
            copy.RemoveAt(index);
        }

        return taken;
    }

    /// <summary>Derives a request's seed from the run's master seed and the request's index (SplitMix64).</summary>
    public static int RequestSeed(int masterSeed, int index)
    {
        var z = unchecked(((ulong)(uint)masterSeed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & int.MaxValue);
    }
}
