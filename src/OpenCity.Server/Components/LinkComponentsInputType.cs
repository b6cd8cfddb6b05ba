using GraphQL.Types;

namespace OpenCity.Server.Components;

/// <summary>GraphQL input of <c>linkComponents</c>.</summary>
public sealed class LinkComponentsInputType : InputObjectGraphType<ComponentLinkInput>
{
    public LinkComponentsInputType()
    {
        Name = "LinkComponentsInput";
        Description = "The relation to record between two assets: `from` connects to, feeds, is part of or monitors `to`.";
        Field(x => x.FromCode).Description("The code of the asset the relation starts at; you must be allowed to change it.");
        Field(x => x.ToCode).Description("The code of the asset the relation points to; you must be allowed to see it.");
        Field<NonNullGraphType<LinkKindType>>("kind").Description("How `from` relates to `to`, e.g. `FEEDS`.");
    }
}
