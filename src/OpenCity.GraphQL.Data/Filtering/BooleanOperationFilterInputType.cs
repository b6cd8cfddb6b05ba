using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

public sealed class BooleanOperationFilterInputType : OperationFilterInputType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes/no value. " + CommonRules;
        Operation<BooleanGraphType>("eq", "Equal to this value (`true` or `false`). `eq: null` keeps only items with no value.");
        Operation<BooleanGraphType>("neq", "Not equal to this value; items with no value are kept. `neq: null` keeps only items that have a value.");
    }
}
