using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenCity.Domain.Telemetry;

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
    private const int StackBytes = 1024;

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

    // A reader over the line's UTF-8 bytes rather than a parsed document: no tree, no allocation
    // but the four strings kept.
    private static object ParseJson(long line, string text)
    {
        byte[]? rented = null;
        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length)));
        try
        {
            var reader = new Utf8JsonReader(bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new RefusedLine(line, IngestionCodes.InvalidLine, "each line must be one JSON object.");
            }

            string component = "", metric = "", measuredAt = "", unit = "";
            double? value = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "value" when reader.TokenType == JsonTokenType.Number:
                        value = reader.GetDouble();
                        break;
                    case "component" when reader.TokenType == JsonTokenType.String:
                        component = reader.GetString()!.Trim();
                        break;
                    case "metric" when reader.TokenType == JsonTokenType.String:
                        metric = reader.GetString()!.Trim();
                        break;
                    case "measuredAt" when reader.TokenType == JsonTokenType.String:
                        measuredAt = reader.GetString()!.Trim();
                        break;
                    case "unit" when reader.TokenType == JsonTokenType.String:
                        unit = reader.GetString()!.Trim();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return new RefusedLine(line, IngestionCodes.InvalidLine, "each line must be one JSON object, and only that.");
            }

            return value is { } number
                ? Validate(line, component, metric, measuredAt, number, unit)
                : new RefusedLine(line, IngestionCodes.InvalidValue, "value must be a number.");
        }
        catch (JsonException exception)
        {
            return new RefusedLine(line, IngestionCodes.InvalidLine, $"not valid JSON: {exception.Message}");
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

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

        return new ReadingLine(line, component, metric, ReadingMoment.Normalize(time.UtcDateTime), value, unit);
    }

    // A time without an offset would be read in the server's zone: ambiguous, so refused.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
