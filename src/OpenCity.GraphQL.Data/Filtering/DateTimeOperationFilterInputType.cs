using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

public sealed class DateTimeOperationFilterInputType()
    : ComparableOperationFilterInputType<DateTimeGraphType>("DateTimeOperationFilterInput", "a moment in time such as `\"2024-05-31T14:00:00Z\"` (a time without an offset is read as UTC)", "\"2024-05-01T00:00:00Z\"", isTime: true);
