using System.Text.Json.Nodes;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// The live schema, read by introspection at the start of a run, so that the generator follows
/// every schema change without edits.
/// </summary>
public sealed class SchemaModel
{
    public const string IntrospectionQuery = """
        query FuzzIntrospection {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types {
              kind name
              fields(includeDeprecated: true) { name args { name type { ...TypeRef } } type { ...TypeRef } }
              inputFields { name type { ...TypeRef } }
              enumValues(includeDeprecated: true) { name }
              possibleTypes { name }
            }
            directives { name }
          }
        }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
        }
        """;

    private readonly Dictionary<string, SchemaType> _types;

    private SchemaModel(Dictionary<string, SchemaType> types, string queryType, IReadOnlyList<string> directives)
    {
        _types = types;
        Query = types[queryType];
        Directives = directives;
        InputObjects = [.. types.Values.Where(t => t.IsInputObject && !t.IsBuiltIn)];
        Enums = [.. types.Values.Where(t => t.Kind == "ENUM" && !t.IsBuiltIn)];
        ObjectTypes = [.. types.Values.Where(t => t.Kind == "OBJECT" && !t.IsBuiltIn)];
    }

    public SchemaType Query { get; }

    public IReadOnlyList<string> Directives { get; }

    public IReadOnlyList<SchemaType> InputObjects { get; }

    public IReadOnlyList<SchemaType> Enums { get; }

    public IReadOnlyList<SchemaType> ObjectTypes { get; }

    public SchemaType this[string name] => _types[name];

    public SchemaType Of(TypeRef type) => _types[type.NamedType];

    /// <summary>Builds the model from the <c>data</c> of <see cref="IntrospectionQuery"/>.</summary>
    public static SchemaModel Parse(JsonObject data)
    {
        var schema = data["__schema"]!;
        var types = schema["types"]!.AsArray().Select(t => new SchemaType(
            t!["name"]!.GetValue<string>(),
            t["kind"]!.GetValue<string>(),
            [.. (t["fields"]?.AsArray() ?? []).Select(f => new SchemaField(
                f!["name"]!.GetValue<string>(),
                ReadTypeRef(f["type"]!),
                [.. f["args"]!.AsArray().Select(ReadInputValue)]))],
            [.. (t["inputFields"]?.AsArray() ?? []).Select(ReadInputValue)],
            [.. (t["enumValues"]?.AsArray() ?? []).Select(v => v!["name"]!.GetValue<string>())],
            [.. (t["possibleTypes"]?.AsArray() ?? []).Select(p => p!["name"]!.GetValue<string>())]));
        return new SchemaModel(
            types.ToDictionary(t => t.Name),
            schema["queryType"]!["name"]!.GetValue<string>(),
            [.. schema["directives"]!.AsArray().Select(d => d!["name"]!.GetValue<string>())]);
    }

    private static SchemaInputValue ReadInputValue(JsonNode? value) =>
        new(value!["name"]!.GetValue<string>(), ReadTypeRef(value["type"]!));

    private static TypeRef ReadTypeRef(JsonNode type) => new(
        type["kind"]!.GetValue<string>(),
        type["name"]?.GetValue<string>(),
        type["ofType"] is { } ofType ? ReadTypeRef(ofType) : null);
}
