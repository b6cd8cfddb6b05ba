using GraphQL.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL input of <c>unlinkComponents</c>.</summary>
public sealed class UnlinkComponentsInputType : InputObjectGraphType<ComponentLinkInput>
{
    public UnlinkComponentsInputType()
    {
        Name = "UnlinkComponentsInput";
        Description = "The relation between two assets to remove.";
        Field(x => x.FromCode).Description("The code of the asset the relation starts at; you must be allowed to change it.");
        Field(x => x.ToCode).Description("The code of the asset the relation points to; you must be allowed to see it.");
        Field<NonNullGraphType<LinkKindType>>("kind").Description("How `from` relates to `to`, e.g. `FEEDS`.");
    }
}
