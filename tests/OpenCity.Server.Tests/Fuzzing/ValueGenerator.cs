namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Input values for any input type of the schema: arguments, filters built from the input types
/// (<c>and</c>/<c>or</c> nesting, every operation of an <c>…OperationFilterInput</c>, <c>in</c>
/// lists), sort inputs, enums, GeoJSON, paging numbers, cursors and ids — mostly of the right type,
/// sometimes of a wrong one, sometimes as variables (declared or not, of the right type or not,
/// given, missing or null).
/// </summary>
public sealed partial class ValueGenerator(FuzzRandom random, SchemaModel schema, DocumentParts parts, TextGenerator text, GeoJsonGenerator geoJson)
{
    /// <summary>Lists of filters this wide reach SQLite's expression depth limit today (about 1,000).</summary>
    private const int WideList = 900;

    private static readonly string[] PlainNumbers = ["0", "-1", "1", "1.5", "42", "1000000", "-0", "0.0001", "2147483647", "-2147483648", "2147483648", "9007199254740993", "5e-324", "1e308", "-1e308", "1e400", "99999999999999999999"];

    private static readonly string[] Ints = ["0", "-1", "1", "42", "1000000", "-0", "2147483647", "-2147483648", "2147483648", "99999999999999999999"];

    private static readonly string[] Distances = ["0", "-0", "5e-324", "1e-9", "0.5", "1", "10", "300", "2000", "25000", "1e7", "40075017", "1e308", "-1", "-300", "1e400", "2147483648"];

    private static readonly string[] PageSizes = ["0", "1", "2", "3", "5", "10", "20", "50", "500", "501", "-1", "-5", "2147483647", "-2147483648", "100000"];

    /// <summary>A value for a place of type <paramref name="type"/>.</summary>
    public FuzzValue Value(TypeRef type, ValueScope scope)
    {
        if (!scope.InVariable && !scope.Cheap && parts.VariableDefinitions.Count < 30 && random.Chance(parts.VariableChance))
        {
            return Variable(type, scope);
        }

        if (!scope.Cheap && random.Chance(parts.Sloppiness))
        {
            return Wrong(type, scope);
        }

        if (!type.IsNonNull && !scope.Cheap && random.Chance(0.03))
        {
            return FuzzValue.Null;
        }

        return Proper(type.Nullable, scope);
    }

    private FuzzValue Proper(TypeRef type, ValueScope scope)
    {
        if (type.IsList)
        {
            return List(type, scope);
        }

        var named = schema.Of(type);
        return named.Kind switch
        {
            "ENUM" => FuzzValue.Enum(random.Pick(named.EnumValues)),
            "INPUT_OBJECT" => InputObject(named, scope),
            _ => Scalar(named.Name, scope),
        };
    }

    private FuzzValue List(TypeRef type, ValueScope scope)
    {
        var item = type.OfType!;
        if (scope.Hint.Equals("bbox", StringComparison.OrdinalIgnoreCase) && schema.Of(item).Name == "Float")
        {
            return geoJson.BoundingBox();
        }

        if (random.Chance(0.05))
        {
            return Value(item, scope); // a single value where a list is expected: coerced to a list of one
        }

        var count = scope.Cheap ? random.Between(1, 3)
            : schema.Of(item).IsInputObject ? random.Weighted((0.1, 0), (0.75, random.Between(1, 3)), (0.1, random.Between(4, 10)), (0.04, random.Between(20, 200)), (IsFilter(item) ? 0.01 : 0, random.Between(WideList, 1400)))
            : random.Weighted((0.08, 0), (0.8, random.Between(1, 5)), (0.09, random.Between(6, 40)), (0.03, random.Between(100, 3000)));
        // Every item costs at least a few characters: a list gets no more items than the budget pays
        // for, except a very wide and/or list, which is what tests the translation's depth.
        if (count < WideList)
        {
            count = Math.Min(count, Math.Max(1, parts.ValueCharactersLeft / 12));
        }

        parts.SpendValueCharacters(count * 12);

        var itemScope = count > 10 ? scope with { Cheap = true } : scope;
        return FuzzValue.List([.. Enumerable.Range(0, count).Select(_ => Value(item, itemScope))]);
    }

    private FuzzValue InputObject(SchemaType type, ValueScope scope)
    {
        var limit = parts.Large ? 7 : 4;
        var fields = type.InputFields;
        var required = fields.Where(f => f.Type.IsNonNull).ToList();
        var optional = fields.Where(f => !f.Type.IsNonNull && (scope.Depth < limit && !scope.Cheap || IsTerminal(f.Type))).ToList();
        if (scope.Cheap)
        {
            // In wide lists and below lists: simple comparisons only, so that width is what is tested.
            optional = [.. optional.Where(f => !f.Name.Contains("IgnoreCase", StringComparison.Ordinal))];
        }

        // Cheap items always hold a condition: an empty one ({} keeps everything) would let the server fold a wide list away.
        var count = scope.Cheap ? random.Between(1, 2) : random.Weighted((0.08, 0), (0.6, 1), (0.22, 2), (0.1, random.Between(3, 6)));
        var chosen = required.Concat(random.WeightedSample(optional, Interest, count)).ToList();
        var values = new List<KeyValuePair<string, FuzzValue>>();
        parts.SpendValueCharacters(chosen.Count * 8);
        foreach (var field in chosen)
        {
            if (field.Type.IsNonNull && random.Chance(parts.Sloppiness / 3))
            {
                continue; // a required field left out
            }

            // Operations (eq, in, gt …) are about the field they filter: keep its name as the hint.
            var hint = type.Name.EndsWith("OperationFilterInput", StringComparison.Ordinal) || field.Name is "and" or "or" ? scope.Hint : field.Name;
            values.Add(new(field.Name, Value(field.Type, scope.Deeper(hint))));
        }

        if (random.Chance(parts.Sloppiness / 2))
        {
            values.Add(new(random.Pick(["not", "nope", "_eq", "EQ", "OR"]), FuzzValue.Object([])));
        }

        return FuzzValue.Object(values);
    }

    /// <summary>Whether this is a filter input, which combines conditions with <c>and</c>/<c>or</c> lists.</summary>
    private bool IsFilter(TypeRef type) => schema.Of(type).InputFields.Any(f => f.Name is "and" or "or");

    /// <summary>
    /// Whether a value of this type ends the nesting: a scalar or enum (or a list of them), or an
    /// input object of such fields only, like the operations of a field (<c>{ eq: … }</c>).
    /// </summary>
    private bool IsTerminal(TypeRef type)
    {
        var named = schema.Of(type);
        return named.IsLeaf || named.IsInputObject && named.InputFields.All(f => schema.Of(f.Type).IsLeaf);
    }

    /// <summary>
    /// How often a filter field is chosen: spatial conditions (where GeoJSON, buffers and distances
    /// meet the database's spatial functions) and logical nesting more often than plain fields.
    /// </summary>
    private double Interest(SchemaInputValue field) =>
        MentionsGeoJson(field.Type, 2) ? 4
        : field.Name is "and" or "or" ? 1.5
        : 1;

    private bool MentionsGeoJson(TypeRef type, int depth)
    {
        var named = schema.Of(type);
        return named.Name == "GeoJSON"
            || depth > 0 && named.IsInputObject && named.InputFields.Any(f => MentionsGeoJson(f.Type, depth - 1));
    }

    /// <summary>
    /// A scalar: an ordinary value, or — as often as the document's <see cref="DocumentParts.Oddness"/>
    /// says, never in cheap places — an odd one (extreme, out of range, malformed, broken GeoJSON).
    /// </summary>
    private FuzzValue Scalar(string name, ValueScope scope)
    {
        var hint = scope.Hint;
        var odd = !scope.Cheap && random.Chance(parts.Oddness);
        var aboutMetres = hint.Contains("meter", StringComparison.OrdinalIgnoreCase) || hint.Contains("buffer", StringComparison.OrdinalIgnoreCase) || hint.Contains("distance", StringComparison.OrdinalIgnoreCase);
        return name switch
        {
            "Int" when hint is "first" or "last" => FuzzValue.Number(odd ? random.Pick(PageSizes) : Ordinary(0, 20)),
            "Int" => FuzzValue.Number(odd ? random.Pick(Ints) : Ordinary(-3, 100)),
            "Float" when aboutMetres => FuzzValue.Number(odd ? random.Pick(Distances) : random.Pick(["0", "0.5", "10", "300", "2000"])),
            "Float" => FuzzValue.Number(odd ? random.Pick(PlainNumbers) : Ordinary(-10, 100_000)),
            "Boolean" => FuzzValue.Boolean(random.Chance(0.5)),
            "ID" or "String" when hint is "after" or "before" => FuzzValue.String(text.Cursor(scope.Field)),
            "ID" => FuzzValue.String(text.Id()),
            "String" => FuzzValue.String(Text(scope)),
            "Date" => FuzzValue.String(odd ? text.Date() : $"{random.Between(1990, 2030)}-{random.Between(1, 12):00}-{random.Between(1, 28):00}"),
            "DateTime" => FuzzValue.String(odd ? text.DateTime() : $"{random.Between(2015, 2026)}-{random.Between(1, 12):00}-{random.Between(1, 28):00}T{random.Between(0, 23):00}:00:00Z"),
            "GeoJSON" => odd ? geoJson.Geometry(validShare: 0.2) : geoJson.Geometry(validShare: hint is "point" ? 0.97 : 0.9),
            "JSON" => FuzzValue.Object([new("k", FuzzValue.String(text.Word()))]),
            _ => FuzzValue.String(Text(scope)),
        };
    }

    private string Ordinary(int min, int max) => random.Between(min, max).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Text within the document's budget: a string longer than what is left is replaced by a word.</summary>
    private string Text(ValueScope scope)
    {
        var value = text.Text(scope.Hint, scope.Owner);
        if (value.Length > parts.ValueCharactersLeft)
        {
            value = text.Word();
        }

        parts.SpendValueCharacters(value.Length + 4);
        return value;
    }
}
