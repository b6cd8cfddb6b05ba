using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>Puts an operation on the wire: as a JSON POST body, or as GET URL parameters.</summary>
public static class GraphQLRequestEncoder
{
    /// <summary>Kestrel refuses request lines over 8 KB itself, with no body; GETs stay below.</summary>
    public const int MaxUrlLength = 7_000;

    public static string Json(FuzzOperation operation)
    {
        var json = new StringBuilder("{\"query\":").Append(FuzzValueWriter.Quote(operation.Document));
        if (operation.OperationName is { } name)
        {
            json.Append(",\"operationName\":").Append(FuzzValueWriter.Quote(name));
        }

        if (operation.VariablesJson is { } variables)
        {
            json.Append(",\"variables\":").Append(variables);
        }

        return json.Append('}').ToString();
    }

    public static byte[] Body(FuzzOperation operation) => Encoding.UTF8.GetBytes(Json(operation));

    /// <summary>The URL of a GET, or null when it would be too long.</summary>
    public static string? Url(FuzzOperation operation)
    {
        var url = new StringBuilder(FuzzRequest.Path).Append("?query=").Append(Escape(operation.Document));
        if (operation.OperationName is { } name)
        {
            url.Append("&operationName=").Append(Escape(name));
        }

        if (operation.VariablesJson is { } variables)
        {
            url.Append("&variables=").Append(Escape(variables));
        }

        return url.Length <= MaxUrlLength ? url.ToString() : null;
    }

    /// <summary>Percent-encodes UTF-8 (lone surrogates become U+FFFD), leaving only unreserved characters.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
