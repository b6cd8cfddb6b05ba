namespace OpenCity.GraphQL.Data.Errors;

/// <summary>The stable <c>extensions.code</c> values this layer reports; clients may switch on them.</summary>
public static class DataErrorCodes
{
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidId = "INVALID_ID";

    /// <summary>A <c>JSON</c> input that is not what the field takes, or holds text no database can store (a NUL character).</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>A <c>JSON</c> input longer than <c>OpenCity:GraphQL:Input:MaxJsonLength</c>; <c>extensions</c> carry the <c>limit</c> and the <c>value</c>.</summary>
    public const string JsonTooLarge = "JSON_TOO_LARGE";
}
