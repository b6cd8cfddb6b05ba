using System.Globalization;
using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>Writes a <see cref="FuzzValue"/> as a GraphQL literal or as JSON text.</summary>
public static class FuzzValueWriter
{
    public static string Literal(FuzzValue value)
    {
        var text = new StringBuilder();
        WriteLiteral(text, value);
        return text.ToString();
    }

    public static string Json(FuzzValue value)
    {
        var text = new StringBuilder();
        WriteJson(text, value);
        return text.ToString();
    }

    /// <summary>
    /// A quoted string for GraphQL or JSON (both use the same escapes): quotes, backslashes,
    /// control characters and lone surrogates escaped, everything else as is.
    /// </summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        AppendQuoted(text, value);
        return text.ToString();
    }

    private static void WriteLiteral(StringBuilder text, FuzzValue value)
    {
        switch (value.Kind)
        {
            case FuzzValueKind.Null:
                text.Append("null");
                break;
            case FuzzValueKind.String:
                AppendQuoted(text, value.Text!);
                break;
            case FuzzValueKind.Variable:
                text.Append('$').Append(value.Text);
                break;
            case FuzzValueKind.List:
                text.Append('[');
                for (var i = 0; i < value.Items!.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ", ");
                    WriteLiteral(text, value.Items[i]);
                }

                text.Append(']');
                break;
            case FuzzValueKind.Object:
                text.Append('{');
                for (var i = 0; i < value.Fields!.Count; i++)
                {
                    text.Append(i == 0 ? " " : ", ").Append(value.Fields[i].Key).Append(": ");
                    WriteLiteral(text, value.Fields[i].Value);
                }

                text.Append(value.Fields.Count == 0 ? "}" : " }");
                break;
            default:
                text.Append(value.Text);
                break;
        }
    }

    private static void WriteJson(StringBuilder text, FuzzValue value)
    {
        switch (value.Kind)
        {
            case FuzzValueKind.Null:
                text.Append("null");
                break;
            case FuzzValueKind.Int or FuzzValueKind.Float or FuzzValueKind.Boolean:
                text.Append(value.Text);
                break;
            case FuzzValueKind.List:
                text.Append('[');
                for (var i = 0; i < value.Items!.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    WriteJson(text, value.Items[i]);
                }

                text.Append(']');
                break;
            case FuzzValueKind.Object:
                text.Append('{');
                for (var i = 0; i < value.Fields!.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    AppendQuoted(text, value.Fields[i].Key);
                    text.Append(':');
                    WriteJson(text, value.Fields[i].Value);
                }

                text.Append('}');
                break;
            case FuzzValueKind.Variable:
                AppendQuoted(text, "$" + value.Text);
                break;
            default:
                AppendQuoted(text, value.Text!);
                break;
        }
    }

    private static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pairedSurrogate)
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '"' or '\\')
            {
                text.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c))
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('"');
    }
}
