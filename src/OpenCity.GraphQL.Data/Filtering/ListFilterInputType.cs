using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Conditions on a list of related items (<c>ListFilterInputTypeOf{Type}FilterInput</c>).</summary>
public sealed class ListFilterInputType<TElementFilterType> : InputObjectGraphType
    where TElementFilterType : IInputObjectGraphType, new()
{
    public ListFilterInputType()
    {
        // The element filter's own name, which only an instance knows (a subclass sets it).
        var elementName = new TElementFilterType().Name;
        Name = $"ListFilterInputTypeOf{elementName}";
        Description = "Conditions on a list of related items. Give one or more of `some`, `all`, `none` and `any`; all that are given must hold. " +
            "A variable that is null or not given is left out.";
        Field<TElementFilterType>("some").Description("At least one item in the list matches this filter.");
        Field<TElementFilterType>("all").Description("Every item in the list matches this filter (true when the list is empty).");
        Field<TElementFilterType>("none").Description("No item in the list matches this filter (true when the list is empty).");
        Field<BooleanGraphType>("any").Description("`true`: the list has at least one item; `false`: the list is empty.");
    }
}
