using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>
/// The <c>Date</c> scalar, as Hot Chocolate names it, for <see cref="DateOnly"/> values in and out
/// (GraphQL.NET's own <c>Date</c> type holds a <see cref="DateTime"/>, and its <c>DateOnly</c> type
/// has another name): one date scalar in the whole schema.
/// </summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, e.g. `2015-06-30`.";
    }
}
