using System.Globalization;
using System.Text.Json;

namespace OpenCity.Server.Ingestion;

/// <summary>
/// Reads one line of an ingestion body: NDJSON (<c>{"component":"SN-000001","metric":"pressure",
/// "measuredAt":"2026-01-01T10:00:00Z","value":3.1,"unit":"bar"}</c>) or CSV with the header
/// <c>component,metric,measuredAt,value,unit</c>. Times must carry their offset (or Z) and are
/// stored in UTC; values must be finite numbers.
/// </summary>
public static class ReadingLineParser
{
    public const string CsvHeader = "component,metric,measuredAt,value,unit";

    private const int MaxCodeLength = 64;
    private const int MaxMetricLength = 64;
    private const int MaxUnitLength = 32;

    public static object Parse(long line, string text, bool csv) => csv ? ParseCsv(line, text) : ParseJson(line, text);

    private static object ParseCsv(long line, string text)
    {
        var fields = text.Split(',');
        if (fields.Length != 5)
        {
            return new RefusedLine(line, IngestionCodes.InvalidLine, $"expected 5 comma-separated fields ({CsvHeader}), found {fields.Length}.");
        }

        if (!double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return new RefusedLine(line, IngestionCodes.InvalidValue, $"value '{fields[3]}' is not a number.");
        }

        return Validate(line, fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), value, fields[4].Trim());
    }

    private static object ParseJson(long line, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new RefusedLine(line, IngestionCodes.InvalidLine, "each line must be one JSON object.");
            }

            if (!root.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Number)
            {
                return new RefusedLine(line, IngestionCodes.InvalidValue, "value must be a number.");
            }

            return Validate(line, Text(root, "component"), Text(root, "metric"), Text(root, "measuredAt"), value.GetDouble(), Text(root, "unit"));
        }
        catch (JsonException exception)
        {
            return new RefusedLine(line, IngestionCodes.InvalidLine, $"not valid JSON: {exception.Message}");
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";

    private static object Validate(long line, string component, string metric, string measuredAt, double value, string unit)
    {
        if (component.Length is 0 or > MaxCodeLength || metric.Length is 0 or > MaxMetricLength || unit.Length is 0 or > MaxUnitLength)
        {
            return new RefusedLine(line, IngestionCodes.InvalidLine,
                $"component (1–{MaxCodeLength} characters), metric (1–{MaxMetricLength}) and unit (1–{MaxUnitLength}) are required.");
        }

        if (!DateTimeOffset.TryParse(measuredAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) || !HasOffset(measuredAt))
        {
            return new RefusedLine(line, IngestionCodes.InvalidValue, $"measuredAt '{measuredAt}' is not an ISO 8601 time with an offset, e.g. 2026-01-01T10:00:00Z.");
        }

        if (!double.IsFinite(value))
        {
            return new RefusedLine(line, IngestionCodes.InvalidValue, "value must be a finite number.");
        }

        return new ReadingLine(line, component, metric, time.UtcDateTime, value, unit);
    }

    // A time without an offset would be read in the server's zone: ambiguous, so refused.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
