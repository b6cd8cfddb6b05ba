using System.Text;
using System.Text.Json.Nodes;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Real values taken from the server once, before the run: cursors of every root list (in its
/// default order and in another), ids and codes. Requests draw from them by position, so a
/// request built from a seed is the same in a replay, on a fresh server, even though cursors are
/// signed with a key of that process.
/// </summary>
public sealed class CityHarvest
{
    private static readonly string[] HarvestedFields = ["id", "code", "period", "name"];

    private readonly Dictionary<string, List<string>> _cursors = [];
    private readonly Dictionary<string, List<string>> _values = [];

    private CityHarvest()
    {
    }

    /// <summary>Root list fields that gave cursors, e.g. <c>components</c> and <c>components@ordered</c>.</summary>
    public IReadOnlyList<string> CursorLists => [.. _cursors.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Ids => ValuesOf("id");

    public IReadOnlyList<string> CursorsOf(string list) => _cursors.TryGetValue(list, out var cursors) ? cursors : [];

    /// <summary>Values of a field, by field name (<c>code</c>) or by type and field (<c>Indicator.code</c>).</summary>
    public IReadOnlyList<string> ValuesOf(string key) => _values.TryGetValue(key, out var values) ? values : [];

    /// <summary>
    /// Real values for an argument or filtered field named <paramref name="hint"/> on objects of
    /// type <paramref name="owner"/>: that type's values of the field (<c>CityComponent.code</c>),
    /// every type's (<c>code</c>), and the codes of a type the name stands for (<c>indicator</c>:
    /// <c>Indicator.code</c>; <c>unit</c>: <c>GovernanceUnit.code</c>).
    /// </summary>
    public IReadOnlyList<string> ValuesFor(string hint, string owner)
    {
        var own = ValuesOf($"{owner}.{hint}");
        var named = _values.Keys
            .Where(key => key.EndsWith(".code", StringComparison.Ordinal) && hint.Length > 0 && key[..^5].EndsWith(hint, StringComparison.OrdinalIgnoreCase))
            .SelectMany(key => _values[key]);
        return [.. own, .. own, .. named, .. ValuesOf(hint)]; // the owner's own values twice: they match most often
    }

    /// <summary>The document that harvests, built from the schema: every root connection without required arguments.</summary>
    public static string Query(SchemaModel schema)
    {
        var document = new StringBuilder("query FuzzHarvest {\n");
        foreach (var field in HarvestableFields(schema))
        {
            var node = NodeType(schema, field)!;
            var leaves = string.Join(' ', HarvestedFields.Where(name => node.Fields.Any(f => f.Name == name && schema.Of(f.Type).IsLeaf && f.Arguments.Count == 0)));
            var nodeSelection = leaves.Length > 0 ? $" node {{ {leaves} }}" : string.Empty;
            document.Append($"  {field.Name}(first: 4) {{ edges {{ cursor{nodeSelection} }} }}\n");
            if (DescendingOrder(schema, field) is { } order)
            {
                document.Append($"  {field.Name}__ordered: {field.Name}(first: 2, order: {order}) {{ edges {{ cursor }} }}\n");
            }
        }

        return document.Append('}').ToString();
    }

    public static CityHarvest Read(SchemaModel schema, JsonObject data)
    {
        var harvest = new CityHarvest();
        foreach (var field in HarvestableFields(schema))
        {
            var node = NodeType(schema, field)!;
            foreach (var edge in data[field.Name]?["edges"]?.AsArray() ?? [])
            {
                harvest.Add(harvest._cursors, field.Name, edge!["cursor"]?.GetValue<string>());
                foreach (var (name, value) in edge["node"]?.AsObject() ?? [])
                {
                    var text = value?.ToString();
                    harvest.Add(harvest._values, name, text);
                    harvest.Add(harvest._values, $"{node.Name}.{name}", text);
                }
            }

            foreach (var edge in data[field.Name + "__ordered"]?["edges"]?.AsArray() ?? [])
            {
                harvest.Add(harvest._cursors, field.Name + "@ordered", edge!["cursor"]?.GetValue<string>());
            }
        }

        return harvest;
    }

    private void Add(Dictionary<string, List<string>> map, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static IEnumerable<SchemaField> HarvestableFields(SchemaModel schema) =>
        schema.Query.Fields.Where(f => NodeType(schema, f) is not null && f.Arguments.Any(a => a.Name == "first") && !f.Arguments.Any(a => a.Type.IsNonNull));

    private static SchemaType? NodeType(SchemaModel schema, SchemaField field)
    {
        var type = schema.Of(field.Type);
        return type.Fields.FirstOrDefault(f => f.Name == "edges") is { } edges
            && schema.Of(edges.Type).Fields.FirstOrDefault(f => f.Name == "node") is { } node
            ? schema.Of(node.Type)
            : null;
    }

    private static string? DescendingOrder(SchemaModel schema, SchemaField field)
    {
        if (field.Arguments.FirstOrDefault(a => a.Name == "order") is not { } order)
        {
            return null;
        }

        var sortInput = schema.Of(order.Type);
        foreach (var key in sortInput.InputFields)
        {
            var keyType = schema.Of(key.Type);
            if (keyType.Kind == "ENUM" && keyType.EnumValues.Count > 0)
            {
                var descending = keyType.EnumValues.Contains("DESC") ? "DESC" : keyType.EnumValues[^1];
                return $"[{{ {key.Name}: {descending} }}]";
            }
        }

        return null;
    }
}
