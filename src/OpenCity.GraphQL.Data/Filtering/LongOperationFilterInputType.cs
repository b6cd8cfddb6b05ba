using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

public sealed class LongOperationFilterInputType()
    : ComparableOperationFilterInputType<LongGraphType>("LongOperationFilterInput", "a (possibly very large) whole number", "10");
