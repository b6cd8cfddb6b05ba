namespace OpenCity.GraphQL.Data.Sorting;

/// <summary>The stable <c>extensions.code</c> of a sort order the client wrote in a way that has no meaning.</summary>
public static class SortErrorCodes
{
    public const string InvalidSort = "INVALID_SORT";
}
