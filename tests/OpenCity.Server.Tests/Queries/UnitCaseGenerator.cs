using OpenCity.Domain.Governance;

namespace OpenCity.Server.Tests.Queries;

/// <summary>Random <c>where</c> and <c>order</c> values for lists of administrative areas, with their LINQ-to-Objects meaning.</summary>
internal sealed class UnitCaseGenerator(Random random, IReadOnlyList<GovernanceUnit> units)
{
    private static readonly (string Path, Func<GovernanceUnit, object?> Value)[] SortFields =
    [
        ("areaSquareMeters", u => u.AreaSquareMeters),
        ("name", u => u.Name),
        ("code", u => u.Code),
        ("level", u => u.Level),
    ];

    public OracleFilter<GovernanceUnit>? Where() => random.Next(6) switch
    {
        0 => null,
        <= 2 => Leaf(),
        3 => OracleFilter<GovernanceUnit>.Merge(Leaf(), Leaf()) ?? Leaf(),
        4 => OracleFilter<GovernanceUnit>.Or(Leaf(), Leaf()),
        _ => OracleFilter<GovernanceUnit>.And(Leaf(), Leaf()),
    };

    /// <summary>One or two keys, the first by size or name as often as not.</summary>
    public List<OracleSortKey<GovernanceUnit>> Order() =>
    [
        .. SortFields.Take(2).OrderBy(_ => random.Next()).Concat(SortFields.Skip(2).OrderBy(_ => random.Next()))
            .Take(random.Next(1, 3))
            .Select(f => OracleSortKey<GovernanceUnit>.On(f.Path, f.Value, descending: random.Next(2) == 0)),
    ];

    private OracleFilter<GovernanceUnit> Leaf()
    {
        switch (random.Next(7))
        {
            case 0:
                var level = Pick(Enum.GetValues<GovernanceLevel>());
                return OracleFilter<GovernanceUnit>.Operation("level", "eq", OracleText.EnumName(level), u => u.Level == level);
            case 1:
                var levels = Enum.GetValues<GovernanceLevel>().OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                return OracleFilter<GovernanceUnit>.Operation("level", "in", levels.Select(l => OracleText.EnumName(l)).ToList(), u => levels.Contains(u.Level));
            case 2:
                var notLevel = Pick(Enum.GetValues<GovernanceLevel>());
                return OracleFilter<GovernanceUnit>.Operation("level", "neq", OracleText.EnumName(notLevel), u => u.Level != notLevel);
            case 3:
                var name = Pick(units).Name;
                var length = Math.Min(name.Length, random.Next(2, 6));
                var part = OracleText.ScrambleCase(random, name.Substring(random.Next(name.Length - length + 1), length));
                return OracleFilter<GovernanceUnit>.Operation(
                    "name", "containsIgnoreCase", part, u => OracleText.Fold(u.Name).Contains(OracleText.Fold(part), StringComparison.Ordinal));
            case 4:
                var larger = Pick(units).AreaSquareMeters;
                return OracleFilter<GovernanceUnit>.Operation("areaSquareMeters", "gt", larger, u => u.AreaSquareMeters > larger);
            case 5:
                var smaller = Pick(units).AreaSquareMeters;
                return OracleFilter<GovernanceUnit>.Operation("areaSquareMeters", "lte", smaller, u => u.AreaSquareMeters <= smaller);
            default:
                var code = Pick(units).Code;
                var prefix = code[..random.Next(1, code.Length + 1)];
                return OracleFilter<GovernanceUnit>.Operation("code", "startsWith", prefix, u => u.Code.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
