using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Conditions on a value from a fixed list (<c>{Enum}OperationFilterInput</c>).</summary>
public sealed class EnumOperationFilterInputType<TEnumGraphType> : OperationFilterInputType
    where TEnumGraphType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        // The enum type's own name, which only an instance knows (it may be renamed).
        var enumName = new TEnumGraphType().Name;
        Name = $"{enumName}OperationFilterInput";
        Description = $"Conditions on a `{enumName}` value. {CommonRules}";
        EqualityOperations<TEnumGraphType>("value");
    }
}
