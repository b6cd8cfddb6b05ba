using OpenCity.GraphQL.Data.Types;

namespace OpenCity.GraphQL.Data.Filtering;

public sealed class DateOperationFilterInputType()
    : ComparableOperationFilterInputType<CalendarDateGraphType>("DateOperationFilterInput", "a calendar date such as `\"2024-05-31\"`", "\"2024-05-01\"", isTime: true);
