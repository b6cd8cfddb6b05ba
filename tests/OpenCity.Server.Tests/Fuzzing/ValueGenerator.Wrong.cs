namespace OpenCity.Server.Tests.Fuzzing;

// Values of the wrong kind for their place: type errors, unknown names, malformed literals.
public sealed partial class ValueGenerator
{
    /// <summary>A value of the wrong kind for <paramref name="type"/>.</summary>
    private FuzzValue Wrong(TypeRef type, ValueScope scope)
    {
        var named = schema.Of(type);
        return random.Between(0, 11) switch
        {
            0 => FuzzValue.String(text.Word()),
            1 => FuzzValue.Number("7"),
            2 => FuzzValue.Number("1.5"),
            3 => FuzzValue.Boolean(true),
            4 => FuzzValue.Null,
            5 => FuzzValue.List([]),
            6 => FuzzValue.Object([new(text.Word().Replace("[", string.Empty, StringComparison.Ordinal), FuzzValue.Number("1"))]),
            7 => FuzzValue.Enum(named.Kind == "ENUM" && random.Chance(0.5) ? random.Pick(named.EnumValues).ToLowerInvariant() : "NOPE"),
            8 => FuzzValue.Number(random.Pick(["99999999999999999999", "1e400", "-1e400", "0x10", "1_000", "01", "-", "+1", ".5", "1."])),
            9 => named.Kind == "ENUM" && named.EnumValues.Count > 0 ? FuzzValue.String(random.Pick(named.EnumValues)) : FuzzValue.Raw("$undeclared"),
            10 => FuzzValue.Raw(random.Pick(["\"unterminated", "{", "[1, 2", "\"\"\"block", "\"\\u12\"", "\"\\x41\"", "@", "$", "\u0007"])),
            _ => type.IsList ? Value(type.Nullable.OfType!, scope) : FuzzValue.List([Proper(type.Nullable, scope)]),
        };
    }
}
