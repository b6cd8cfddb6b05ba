namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// A generated input value, before it is written either as a GraphQL literal or as JSON for the
/// variables (an enum is a bare name in one and a string in the other). Numbers keep their text,
/// so that values no .NET type holds (1e400, 99999999999999999999) reach the server as written.
/// </summary>
public sealed record FuzzValue(
    FuzzValueKind Kind,
    string? Text = null,
    IReadOnlyList<FuzzValue>? Items = null,
    IReadOnlyList<KeyValuePair<string, FuzzValue>>? Fields = null)
{
    public static FuzzValue Null { get; } = new(FuzzValueKind.Null);

    public static FuzzValue Int(long value) => new(FuzzValueKind.Int, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static FuzzValue Number(string text) => new(text.Contains('.') || text.Contains('e') || text.Contains('E') ? FuzzValueKind.Float : FuzzValueKind.Int, text);

    public static FuzzValue Float(double value) => new(FuzzValueKind.Float, value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    public static FuzzValue String(string value) => new(FuzzValueKind.String, value);

    public static FuzzValue Boolean(bool value) => new(FuzzValueKind.Boolean, value ? "true" : "false");

    public static FuzzValue Enum(string name) => new(FuzzValueKind.Enum, name);

    public static FuzzValue List(IReadOnlyList<FuzzValue> items) => new(FuzzValueKind.List, Items: items);

    public static FuzzValue Object(IReadOnlyList<KeyValuePair<string, FuzzValue>> fields) => new(FuzzValueKind.Object, Fields: fields);

    public static FuzzValue Variable(string name) => new(FuzzValueKind.Variable, name);

    public static FuzzValue Raw(string text) => new(FuzzValueKind.Raw, text);
}
