using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// The conditions on one value (<c>{ eq: …, gt: … }</c>). Every operation given must hold. A
/// negated operation (<c>neq</c>, <c>nin</c>, <c>ngt</c>, <c>ncontains</c>, …) keeps exactly the
/// items its positive operation drops, so items with no value are kept by it.
/// </summary>
public abstract class OperationFilterInputType : InputObjectGraphType
{
    /// <summary>Said of every operation input type: how nulls and variables behave.</summary>
    protected const string CommonRules =
        "Give one or more operations; an item must meet all of them. A `n…` operation (`neq`, `nin`, …) keeps exactly the items " +
        "its positive operation drops, so it keeps items that have no value. Only `eq` and `neq` accept `null` (\"has no value\"); " +
        "an operation whose value is a variable that is null or not given is left out.";

    protected void Operation<TGraphType>(string name, string description)
        where TGraphType : IGraphType => Field<TGraphType>(name).Description(description);

    protected void EqualityOperations<TGraphType>(string noun)
        where TGraphType : IGraphType
    {
        Operation<TGraphType>("eq", $"Equal to this {noun}. `eq: null` keeps only items with no value.");
        Operation<TGraphType>("neq", $"Not equal to this {noun}; items with no value are kept. `neq: null` keeps only items that have a value.");
        Operation<ListGraphType<TGraphType>>("in", $"Equal to one of these {noun}s. Put `null` in the list to also keep items with no value; `in: []` keeps nothing.");
        Operation<ListGraphType<TGraphType>>("nin", $"Equal to none of these {noun}s; items with no value are kept unless the list holds `null`.");
    }
}
