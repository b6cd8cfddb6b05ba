using System.Text.Json;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>Reads the distinct <c>errors[].extensions.code</c> of an answer, for the table.</summary>
public static class ErrorCodes
{
    private const int Shown = 4;

    /// <summary>E.g. <c>FIELDS_ON_CORRECT_TYPE ×20000</c>; "not JSON" for any other body; empty without errors.</summary>
    public static string Summarize(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("errors", out var errors))
            {
                return string.Empty;
            }

            var counts = errors.EnumerateArray()
                .Select(e => e.TryGetProperty("extensions", out var x) && x.ValueKind == JsonValueKind.Object && x.TryGetProperty("code", out var c) ? c.ToString() : "(no code)")
                .CountBy(code => code)
                .ToList();
            var shown = counts.Take(Shown).Select(c => c.Value == 1 ? c.Key : FormattableString.Invariant($"{c.Key} ×{c.Value}"));
            return string.Join(", ", shown) + (counts.Count > Shown ? FormattableString.Invariant($", … {counts.Count - Shown} more") : string.Empty);
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }
}
