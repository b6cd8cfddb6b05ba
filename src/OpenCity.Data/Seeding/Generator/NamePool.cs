namespace OpenCity.Data.Seeding;

/// <summary>
/// Hands out names made of a first and a second part in a shuffled but reproducible order; once every
/// combination is used, names repeat with a number (<c>Robin Court 2</c>).
/// </summary>
internal sealed class NamePool
{
    private readonly List<string> _names;
    private int _next;

    public NamePool(IReadOnlyList<string> first, IReadOnlyList<string> second, Prng rng)
    {
        _names = [.. first.SelectMany(f => second.Select(s => s.Length == 0 ? f : f + " " + s))];
        for (var i = _names.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (_names[i], _names[j]) = (_names[j], _names[i]);
        }
    }

    public string Next()
    {
        var round = _next / _names.Count;
        var name = _names[_next % _names.Count];
        _next++;
        return round == 0 ? name : $"{name} {round + 1}";
    }
}
