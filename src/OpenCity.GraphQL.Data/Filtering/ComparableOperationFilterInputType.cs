using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Conditions on a value with an order: numbers, dates, moments in time.</summary>
public abstract class ComparableOperationFilterInputType<TScalarGraphType> : OperationFilterInputType
    where TScalarGraphType : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name, string noun, string example, bool isTime = false)
    {
        Name = name;
        Description = $"Conditions on {noun}, e.g. `{{ gte: {example} }}`. Items with no value never match `gt`, `gte`, `lt` or `lte`. {CommonRules}";
        var (greater, less) = isTime ? ("Later", "Earlier") : ("Greater", "Less");
        EqualityOperations<TScalarGraphType>("value");
        Operation<TScalarGraphType>("gt", $"{greater} than this value.");
        Operation<TScalarGraphType>("ngt", $"Not {greater.ToLowerInvariant()} than this value; items with no value are kept.");
        Operation<TScalarGraphType>("gte", $"{greater} than or equal to this value.");
        Operation<TScalarGraphType>("ngte", $"Not {greater.ToLowerInvariant()} than or equal to this value; items with no value are kept.");
        Operation<TScalarGraphType>("lt", $"{less} than this value.");
        Operation<TScalarGraphType>("nlt", $"Not {less.ToLowerInvariant()} than this value; items with no value are kept.");
        Operation<TScalarGraphType>("lte", $"{less} than or equal to this value.");
        Operation<TScalarGraphType>("nlte", $"Not {less.ToLowerInvariant()} than or equal to this value; items with no value are kept.");
    }
}
