namespace OpenCity.Server.Tests.Fuzzing;

// Values passed as variables: declared or not, with the right type or another, given, missing or null.
public sealed partial class ValueGenerator
{
    /// <summary>A variable in place of a value: usually declared with the right type and given a value, sometimes not.</summary>
    private FuzzValue Variable(TypeRef type, ValueScope scope)
    {
        var name = parts.NextName("v");
        var declared = random.Choose(80, 5, 5, 4, 3, 3) switch
        {
            0 => type.ToString(),
            1 => type.IsNonNull ? type.Nullable.ToString() : type + "!",
            2 => random.Pick(["String", "Int", "Float", "Boolean", "ID", "[String]", "GeoJSON", "JSON"]),
            3 => random.Pick(schema.InputObjects).Name,
            4 => random.Pick(["Nope", "GovernanceUnit", "[[Int!]!]!", "Node"]),
            _ => string.Empty, // not declared at all
        };
        if (declared.Length > 0)
        {
            var defaultValue = random.Chance(0.05) ? " = " + FuzzValueWriter.Literal(Proper(type.Nullable, scope with { InVariable = true })) : string.Empty;
            parts.DefineVariable($"${name}: {declared}{defaultValue}");
        }

        switch (random.Choose(85, 8, 5, 2))
        {
            case 0:
                parts.SetVariable(name, FuzzValueWriter.Json(Value(type, scope with { InVariable = true })));
                break;
            case 1:
                break; // declared, never given
            case 2:
                parts.SetVariable(name, "null");
                break;
            default:
                parts.SetVariable(name, random.Pick(["\"x\"", "[1]", "{}", "true", "1e400", "-0", "[[[]]]", "{\"type\":\"Point\"}"]));
                break;
        }

        return FuzzValue.Variable(name);
    }
}
