namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>A named type of the live schema, as introspection describes it.</summary>
public sealed record SchemaType(
    string Name,
    string Kind,
    IReadOnlyList<SchemaField> Fields,
    IReadOnlyList<SchemaInputValue> InputFields,
    IReadOnlyList<string> EnumValues,
    IReadOnlyList<string> PossibleTypes)
{
    public bool IsLeaf => Kind is "SCALAR" or "ENUM";

    public bool IsAbstract => Kind is "INTERFACE" or "UNION";

    public bool IsInputObject => Kind == "INPUT_OBJECT";

    public bool IsBuiltIn => Name.StartsWith("__", StringComparison.Ordinal);
}
