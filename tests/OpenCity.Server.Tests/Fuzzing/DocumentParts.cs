using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// What one generated document collects besides its selection: variable definitions and their
/// values (or their deliberate absence), fragment definitions, and names.
/// </summary>
public sealed class DocumentParts
{
    private readonly List<string> _variableDefinitions = [];
    private readonly List<KeyValuePair<string, string>> _variableValues = [];
    private readonly List<string> _fragments = [];
    private int _names;
    private int _fieldsLeft = -1;
    private int _valueCharactersLeft = -1;

    /// <summary>How likely a value is replaced by a wrong one (a type error, an unknown name …).</summary>
    public double Sloppiness { get; init; }

    /// <summary>How likely a scalar is odd: extreme, out of range or malformed, yet of the right GraphQL type.</summary>
    public double Oddness { get; init; }

    /// <summary>How likely a value is passed as a variable rather than written in the document.</summary>
    public double VariableChance { get; init; }

    /// <summary>Deep and wide selections instead of shallow ones.</summary>
    public bool Large { get; init; }

    /// <summary>How many fields the whole document may select: keeps deep and wide selections from growing exponentially.</summary>
    public int FieldsLeft => _fieldsLeft >= 0 ? _fieldsLeft : _fieldsLeft = Large ? 250 : 40;

    /// <summary>About how many characters of values the document may still hold: keeps wide lists of long strings from making megabyte bodies.</summary>
    public int ValueCharactersLeft => _valueCharactersLeft >= 0 ? _valueCharactersLeft : _valueCharactersLeft = Large ? 60_000 : 20_000;

    public IReadOnlyList<string> VariableDefinitions => _variableDefinitions;

    public IReadOnlyList<string> Fragments => _fragments;

    /// <summary>Takes up to <paramref name="wanted"/> fields from the budget; returns how many were granted.</summary>
    public int TakeFields(int wanted)
    {
        var granted = Math.Min(wanted, FieldsLeft);
        _fieldsLeft -= granted;
        return granted;
    }

    public void SpendValueCharacters(int characters) => _valueCharactersLeft = Math.Max(0, ValueCharactersLeft - characters);

    public string NextName(string prefix) => prefix + ++_names;

    public void DefineVariable(string definition) => _variableDefinitions.Add(definition);

    public void SetVariable(string name, string json) => _variableValues.Add(new(name, json));

    public void AddFragment(string definition) => _fragments.Add(definition);

    /// <summary>The variables as a JSON object's text, or null when there are none.</summary>
    public string? VariablesJson()
    {
        if (_variableValues.Count == 0)
        {
            return null;
        }

        var json = new StringBuilder("{");
        foreach (var (name, value) in _variableValues)
        {
            json.Append(json.Length > 1 ? "," : string.Empty).Append(FuzzValueWriter.Quote(name)).Append(':').Append(value);
        }

        return json.Append('}').ToString();
    }
}
