namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>The stable <c>extensions.code</c> of a filter the client wrote in a way that has no meaning.</summary>
public static class FilterErrorCodes
{
    public const string InvalidFilter = "INVALID_FILTER";
}
