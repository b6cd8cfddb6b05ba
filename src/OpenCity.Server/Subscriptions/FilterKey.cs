using System.Collections;
using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace OpenCity.Server.Subscriptions;

/// <summary>An argument's parsed value written out canonically (keys in order), so equal filters give equal keys.</summary>
internal static class FilterKey
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
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
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case Geometry geometry:
                text.Append("geometry(").Append(geometry.AsText()).Append(')');
                break;
            case IDictionary<string, object?> map:
                text.Append('{');
                foreach (var (key, item) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    text.Append(key).Append(':');
                    Write(text, item);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case DateTime or DateTimeOffset or DateOnly:
                text.Append(value.GetType().Name).Append(':').Append(((IFormattable)value).ToString("O", CultureInfo.InvariantCulture));
                break;
            case IFormattable formattable:
                text.Append(value.GetType().Name).Append(':').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }
}
