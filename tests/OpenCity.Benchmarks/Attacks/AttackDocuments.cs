using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>Generates the big documents, filters and geometries of the attack shapes, deterministically.</summary>
public static class AttackDocuments
{
    /// <summary><c>{ or: [ {code: {eq: "x0"}}, … ] }</c> with <paramref name="branches"/> branches.</summary>
    public static JsonObject OrOfCodes(int branches) => new()
    {
        ["or"] = new JsonArray([.. Enumerable.Range(0, branches).Select(i => new JsonObject { ["code"] = new JsonObject { ["eq"] = Invariant($"x{i}") } })]),
    };

    /// <summary>Codes <c>x0 … x(n-1)</c>, which match no component: the list's size is what costs.</summary>
    public static JsonArray Codes(int count) => new([.. Enumerable.Range(0, count).Select(i => (JsonNode)Invariant($"x{i}"))]);

    /// <summary>
    /// A LineString of <paramref name="vertices"/> vertices walking at random from the city's centre
    /// in steps of about 1% of its extent, kept inside it (a fixed seed, so every run sends the same line).
    /// </summary>
    public static JsonObject RandomWalk(CityExtent extent, int vertices)
    {
        ArgumentNullException.ThrowIfNull(extent);
        var random = new Random(8);
        var width = extent.MaxLongitude - extent.MinLongitude;
        var height = extent.MaxLatitude - extent.MinLatitude;
        var (longitude, latitude) = (extent.CentreLongitude, extent.CentreLatitude);
        var coordinates = new JsonArray();
        for (var i = 0; i < vertices; i++)
        {
            coordinates.Add(Position(longitude, latitude));
            longitude = Math.Clamp(longitude + ((random.NextDouble() - 0.5) * width / 50), extent.MinLongitude, extent.MaxLongitude);
            latitude = Math.Clamp(latitude + ((random.NextDouble() - 0.5) * height / 50), extent.MinLatitude, extent.MaxLatitude);
        }

        return new JsonObject { ["type"] = "LineString", ["coordinates"] = coordinates };
    }

    /// <summary>A MultiPoint of <paramref name="count"/> copies of the city's centre.</summary>
    public static JsonObject SamePoints(CityExtent extent, int count)
    {
        ArgumentNullException.ThrowIfNull(extent);
        return new JsonObject
        {
            ["type"] = "MultiPoint",
            ["coordinates"] = new JsonArray([.. Enumerable.Range(0, count).Select(_ => (JsonNode)Position(extent.CentreLongitude, extent.CentreLatitude))]),
        };
    }

    /// <summary>A square about 260 × 440 m around the city's centre (about 90 components of the small city).</summary>
    public static JsonObject Square(CityExtent extent)
    {
        ArgumentNullException.ThrowIfNull(extent);
        var (x, y, d) = (extent.CentreLongitude, extent.CentreLatitude, 0.002);
        return new JsonObject
        {
            ["type"] = "Polygon",
            ["coordinates"] = new JsonArray(new JsonArray(
                Position(x - d, y - d), Position(x + d, y - d), Position(x + d, y + d), Position(x - d, y + d), Position(x - d, y - d))),
        };
    }

    /// <summary>The city's centre as a Point.</summary>
    public static JsonObject Centre(CityExtent extent)
    {
        ArgumentNullException.ThrowIfNull(extent);
        return new JsonObject { ["type"] = "Point", ["coordinates"] = Position(extent.CentreLongitude, extent.CentreLatitude) };
    }

    /// <summary><c>{ a0: field a1: field … }</c>: one field under <paramref name="count"/> aliases.</summary>
    public static string Aliases(int count, string field) =>
        $"{{ {string.Join(' ', Enumerable.Range(0, count).Select(i => Invariant($"a{i}: {field}")))} }}";

    /// <summary><c>components(first: 40) { nodes { unit { components(first: 40) … { nodes { code } } } } }</c>, <paramref name="levels"/> deep.</summary>
    public static string NestedComponents(int levels) => levels == 1
        ? "components(first: 40) { nodes { code } }"
        : $"components(first: 40) {{ nodes {{ unit {{ {NestedComponents(levels - 1)} }} }} }}";

    /// <summary>
    /// <c>{ city { parent { parent … { name } } } }</c> with <paramref name="fields"/> nested <c>parent</c>
    /// fields: 61 is the least that passes GraphQL.NET's parser depth (63 selection sets with the
    /// operation's and the city's).
    /// </summary>
    public static string DeepSelection(int fields) =>
        $"{{ city {{ {string.Concat(Enumerable.Repeat("parent { ", fields))}name{string.Concat(Enumerable.Repeat(" }", fields + 2))}";

    /// <summary>A list literal <c>[[[ … "x" … ]]]</c> nested <paramref name="depth"/> deep.</summary>
    public static string DeepList(int depth) => $"{new string('[', depth)}\"x\"{new string(']', depth)}";

    /// <summary><c>{ city { x0 x1 … } }</c>: <paramref name="count"/> fields that do not exist.</summary>
    public static string UnknownFields(int count)
    {
        var text = new StringBuilder("{ city {");
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $" x{i}");
        }

        return text.Append(" } }").ToString();
    }

    private static JsonArray Position(double longitude, double latitude) => [Math.Round(longitude, 6), Math.Round(latitude, 6)];

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
