using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using NetTopologySuite.Geometries;

namespace OpenCity.GraphQL.Data.DataLoading;

/// <summary>
/// A field's argument values as one canonical text: equal values give equal text and different
/// values different text (strings quoted, every value tagged with its type), so it can key a batch.
/// </summary>
public static class ArgumentText
{
    public static string Of(IDictionary<string, ArgumentValue>? arguments)
    {
        if (arguments is null || arguments.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var (name, argument) in arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('=');
            Write(text, argument.Value);
            text.Append(';');
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case Enum e:
                text.Append(e.GetType().Name).Append('.').Append(e);
                break;
            case Geometry geometry:
                text.Append("Geometry(").Append(geometry.SRID).Append(',').Append(geometry.AsText()).Append(')');
                break;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateTime or DateTimeOffset or DateOnly or TimeOnly or Guid:
                text.Append(value.GetType().Name).Append('(').Append(formattable.ToString(null, CultureInfo.InvariantCulture)).Append(')');
                break;
            case IDictionary dictionary:
                // Input objects: the order of their fields is kept, as it may mean something (order keys).
                text.Append('{');
                foreach (DictionaryEntry entry in dictionary)
                {
                    Write(text, entry.Key);
                    text.Append(':');
                    Write(text, entry.Value);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                // An input object bound to a CLR type: its public properties, by name.
                text.Append(value.GetType().FullName).Append('{');
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    text.Append(property.Name).Append(':');
                    Write(text, property.GetValue(value));
                    text.Append(',');
                }

                text.Append('}');
                break;
        }
    }
}
