using System.Text;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>Notes on what an answer shows that status, codes and size do not.</summary>
public static class AttackInspections
{
    /// <summary>Whether the answer leaks exception details: <c>extensions.details</c>, stack frames, source paths.</summary>
    public static string Details(AttackResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = Encoding.UTF8.GetString(response.Body);
        return $"extensions.details: {YesNo(text.Contains("\"details\"", StringComparison.Ordinal))}; "
            + $"stack trace: {YesNo(HasStackTrace(text))}; "
            + $"source paths: {YesNo(text.Contains(".cs:line", StringComparison.Ordinal))}";
    }

    /// <summary>The CORS headers of a preflight's answer, and <c>Allow</c>.</summary>
    public static string Cors(AttackResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers
            .Where(h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase) || h.Key.Equals("Allow", StringComparison.OrdinalIgnoreCase))
            .Select(h => $"{h.Key}: {h.Value}")
            .ToList();
        return headers.Count == 0 ? "no CORS headers" : string.Join("; ", headers);
    }

    /// <summary>A .NET stack frame as <c>Exception.ToString()</c> writes it ("   at Namespace.Type.Method(…)").</summary>
    public static bool HasStackTrace(string text) => text.Contains("   at ", StringComparison.Ordinal);

    private static string YesNo(bool value) => value ? "yes" : "no";
}
