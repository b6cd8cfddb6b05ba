using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Governance;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// Random <c>where</c> and <c>order</c> values for asset lists, with their LINQ-to-Objects
/// meaning. Filter values are drawn from the data itself so that most filters keep something.
/// </summary>
internal sealed class ComponentCaseGenerator(Random random, IReadOnlyList<CityComponent> components)
{
    private static readonly (string Path, Func<CityComponent, object?> Value)[] SortFields =
    [
        ("code", c => c.Code),
        ("name", c => c.Name),
        ("kind", c => c.Kind),
        ("status", c => c.Status),
        ("domain", c => c.Domain),
        ("installedOn", c => c.InstalledOn),
        ("owner.name", c => c.Owner?.Name),
        ("unit.code", c => c.GridUnit?.Code),
    ];

    private readonly string[] _ownerCodes = [.. components.Where(c => c.Owner is not null).Select(c => c.Owner!.Code).Distinct().Order(StringComparer.Ordinal)];
    private readonly string[] _gridCodes = [.. components.Where(c => c.GridUnit is not null).Select(c => c.GridUnit!.Code).Distinct().Order(StringComparer.Ordinal)];
    private readonly DateOnly[] _dates = [.. components.Where(c => c.InstalledOn is not null).Select(c => c.InstalledOn!.Value).Distinct().Order()];

    /// <summary>A filter, or null for no <c>where</c> at all.</summary>
    public OracleFilter<CityComponent>? Where() => random.Next(10) switch
    {
        0 => null,
        <= 4 => Leaf(),
        5 => OracleFilter<CityComponent>.Merge(Leaf(), Leaf()) ?? Leaf(),
        6 => OracleFilter<CityComponent>.And(Leaf(), Leaf()),
        7 => random.Next(2) == 0 ? OracleFilter<CityComponent>.Or(Leaf(), Leaf()) : OracleFilter<CityComponent>.Or(Leaf(), Leaf(), Leaf()),
        _ => OracleFilter<CityComponent>.And(OracleFilter<CityComponent>.Or(Leaf(), Leaf()), Leaf()),
    };

    /// <summary>One to three distinct keys in random directions.</summary>
    public List<OracleSortKey<CityComponent>> Order() =>
    [
        .. SortFields.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
            .Select(f => OracleSortKey<CityComponent>.On(f.Path, f.Value, descending: random.Next(2) == 0)),
    ];

    private OracleFilter<CityComponent> Leaf()
    {
        switch (random.Next(18))
        {
            case 0:
                var kind = Pick(Enum.GetValues<ComponentKind>());
                return OracleFilter<CityComponent>.Operation("kind", "eq", OracleText.EnumName(kind), c => c.Kind == kind);
            case 1:
                var kinds = Subset(Enum.GetValues<ComponentKind>());
                return OracleFilter<CityComponent>.Operation("kind", "in", Names(kinds), c => kinds.Contains(c.Kind));
            case 2:
                var excludedKinds = Subset(Enum.GetValues<ComponentKind>());
                return OracleFilter<CityComponent>.Operation("kind", "nin", Names(excludedKinds), c => !excludedKinds.Contains(c.Kind));
            case 3:
                var status = Pick(Enum.GetValues<ComponentStatus>());
                return OracleFilter<CityComponent>.Operation("status", "eq", OracleText.EnumName(status), c => c.Status == status);
            case 4:
                var notStatus = Pick(Enum.GetValues<ComponentStatus>());
                return OracleFilter<CityComponent>.Operation("status", "neq", OracleText.EnumName(notStatus), c => c.Status != notStatus);
            case 5:
                var statuses = Subset(Enum.GetValues<ComponentStatus>());
                return OracleFilter<CityComponent>.Operation("status", "in", Names(statuses), c => statuses.Contains(c.Status));
            case 6:
                var domains = Subset(Enum.GetValues<InfrastructureDomain>());
                return domains.Count == 1 && random.Next(2) == 0
                    ? OracleFilter<CityComponent>.Operation("domain", "eq", OracleText.EnumName(domains[0]), c => c.Domain == domains[0])
                    : OracleFilter<CityComponent>.Operation("domain", "in", Names(domains), c => domains.Contains(c.Domain));
            case 7:
                var code = Pick(components).Code;
                var prefix = code[..random.Next(1, code.Length + 1)];
                return OracleFilter<CityComponent>.Operation("code", "startsWith", prefix, c => c.Code.StartsWith(prefix, StringComparison.Ordinal));
            case 8:
                var part = Substring(Pick(components).Code, 2, 4);
                return OracleFilter<CityComponent>.Operation("code", "contains", part, c => c.Code.Contains(part, StringComparison.Ordinal));
            case 9:
                var codePart = OracleText.ScrambleCase(random, Substring(Pick(components).Code, 4, 7));
                return OracleFilter<CityComponent>.Operation(
                    "code", "containsIgnoreCase", codePart, c => OracleText.Fold(c.Code).Contains(OracleText.Fold(codePart), StringComparison.Ordinal));
            case 10:
                var namePart = OracleText.ScrambleCase(random, Substring(Pick(components).Name, 4, 7));
                return OracleFilter<CityComponent>.Operation(
                    "name", "containsIgnoreCase", namePart, c => OracleText.Fold(c.Name).Contains(OracleText.Fold(namePart), StringComparison.Ordinal));
            case 11:
                var after = Pick(_dates);
                return OracleFilter<CityComponent>.Operation("installedOn", "gt", Date(after), c => c.InstalledOn > after);
            case 12:
                var before = Pick(_dates);
                return OracleFilter<CityComponent>.Operation("installedOn", "lt", Date(before), c => c.InstalledOn < before);
            case 13:
                return OracleFilter<CityComponent>.Operation("installedOn", "eq", null, c => c.InstalledOn is null);
            case 14:
                return OracleFilter<CityComponent>.Operation("installedOn", "neq", null, c => c.InstalledOn is not null);
            case 15:
                var owners = Subset(_ownerCodes);
                var ownerFilter = owners.Count == 1 && random.Next(2) == 0
                    ? OracleFilter<Department>.Operation("code", "eq", owners[0], d => d.Code == owners[0])
                    : OracleFilter<Department>.Operation("code", "in", owners, d => owners.Contains(d.Code));
                return ownerFilter.Under<CityComponent>("owner", c => c.Owner);
            case 16:
                return new OracleFilter<CityComponent>(new() { ["owner"] = null }, c => c.Owner is null);
            default:
                var grid = Pick(_gridCodes);
                var gridPrefix = grid[..random.Next(1, grid.Length + 1)];
                return OracleFilter<GovernanceUnit>
                    .Operation("code", "startsWith", gridPrefix, u => u.Code.StartsWith(gridPrefix, StringComparison.Ordinal))
                    .Under<CityComponent>("unit", c => c.GridUnit);
        }
    }

    private static List<string> Names<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum => [.. values.Select(v => OracleText.EnumName(v))];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private List<T> Subset<T>(IReadOnlyList<T> values) => [.. values.OrderBy(_ => random.Next()).Take(random.Next(1, 4))];

    private string Substring(string text, int shortest, int longest)
    {
        var length = Math.Min(text.Length, random.Next(shortest, longest + 1));
        return text.Substring(random.Next(text.Length - length + 1), length);
    }
}
