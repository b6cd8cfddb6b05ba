using GraphQL.Builders;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Projection;

/// <summary>
/// Says which entity members a GraphQL field reads, when that is not the member of the same name:
/// <c>owner</c> reads <c>OwnerId</c> (its DataLoader does the rest), a computed field reads its inputs.
/// </summary>
public static class ProjectionMetadata
{
    private const string Key = "OpenCity.Projection.Members";

    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        field.FieldType.Metadata[Key] = members;
        return field;
    }

    /// <summary>The members the field reads: its declared ones, or the member named like the field.</summary>
    public static IEnumerable<string> MembersOf(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var members) && members is string[] declared ? declared : [field.Name];
}
