using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

public sealed class FloatOperationFilterInputType()
    : ComparableOperationFilterInputType<FloatGraphType>("FloatOperationFilterInput", "a number", "2.5");
