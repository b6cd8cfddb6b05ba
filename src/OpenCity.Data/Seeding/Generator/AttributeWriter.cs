using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenCity.Domain.Components;

namespace OpenCity.Data.Seeding;

/// <summary>
/// Writes an asset's attributes as compact JSON object text. A plain string builder with the seed's
/// choices pre-rendered is several times faster than a JSON writer per asset, which matters at a
/// million assets.
/// </summary>
internal sealed class AttributeWriter
{
    private readonly StringBuilder _text = new(256);
    private readonly Dictionary<ComponentKind, (string Name, string[] Values)[]> _choices;

    public AttributeWriter(IEnumerable<ComponentKindDefinition> kinds) =>
        _choices = kinds.ToDictionary(
            k => k.Kind,
            k => k.Attributes
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => (Name(a.Key), a.Value.Select(v => v.GetRawText()).ToArray()))
                .ToArray());

    public AttributeWriter String(string name, string value)
    {
        Separate();
        _text.Append(Name(name)).Append('"').Append(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value).Append('"');
        return this;
    }

    public AttributeWriter Number(string name, double value)
    {
        Separate();
        _text.Append(Name(name)).Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Starts an object for a kind of asset; <see cref="Finish"/> draws the kind's attributes from the seed and closes it.</summary>
    public AttributeWriter Start()
    {
        _text.Clear().Append('{');
        return this;
    }

    public string Finish(ComponentKind kind, Prng rng)
    {
        foreach (var (name, values) in _choices[kind])
        {
            Separate();
            _text.Append(name).Append(values[rng.Next(values.Length)]);
        }

        return _text.Append('}').ToString();
    }

    private static string Name(string name) =>
        "\"" + JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value + "\":";

    private void Separate()
    {
        if (_text.Length > 1)
        {
            _text.Append(',');
        }
    }
}
