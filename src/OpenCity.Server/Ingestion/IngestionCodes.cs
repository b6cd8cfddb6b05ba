namespace OpenCity.Server.Ingestion;

/// <summary>The stable codes of <c>POST /ingest/readings</c>'s answers.</summary>
public static class IngestionCodes
{
    /// <summary>Some lines were refused; nothing was stored (the answer lists them).</summary>
    public const string Refused = "INGESTION_REFUSED";

    public const string InvalidLine = "INVALID_LINE";
    public const string InvalidValue = "INVALID_VALUE";
    public const string UnknownComponent = "UNKNOWN_COMPONENT";
    public const string Forbidden = "FORBIDDEN";
    public const string TooManyRows = "TOO_MANY_ROWS";
    public const string LineTooLong = "LINE_TOO_LONG";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
}
