namespace OpenCity.GraphQL.Data.Errors;

/// <summary>The stable <c>extensions.code</c> values this layer reports; clients may switch on them.</summary>
public static class DataErrorCodes
{
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidId = "INVALID_ID";
}
