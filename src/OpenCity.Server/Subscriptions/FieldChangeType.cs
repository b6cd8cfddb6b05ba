using GraphQL.Types;
using OpenCity.GraphQL.Data.Types;
using OpenCity.Server.Events;

namespace OpenCity.Server.Subscriptions;

/// <summary>One changed field of an asset, with its value before and after.</summary>
public sealed class FieldChangeType : ObjectGraphType<KeyValuePair<string, FieldChange>>
{
    public FieldChangeType()
    {
        Name = "FieldChange";
        Description = "One field of an asset that changed, with its value before and after.";
        Field<NonNullGraphType<StringGraphType>>("field")
            .Description("Which field changed, e.g. `status`, `name`, `owner`, `geometry` or `attributes.lampType`.")
            .Resolve(ctx => ctx.Source.Key);
        Field<JsonGraphType>("oldValue")
            .Description("Its value before the change (any JSON); null when it had none.")
            .Resolve(ctx => ctx.Source.Value.Old);
        Field<JsonGraphType>("newValue")
            .Description("Its value after the change (any JSON); null when it has none now.")
            .Resolve(ctx => ctx.Source.Value.New);
    }
}
