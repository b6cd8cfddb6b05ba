using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

public sealed class IntOperationFilterInputType()
    : ComparableOperationFilterInputType<IntGraphType>("IntOperationFilterInput", "a whole number", "10");
