using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// What a cursor must match to be read: the list it came from (the field and the element type), the
/// fingerprint of the order and the types of its values.
/// </summary>
internal sealed record KeysetSignature(string Fingerprint, IReadOnlyList<Type> ValueTypes)
{
    /// <summary>The list's name: the field, e.g. <c>Query.components</c>, and the type of its elements.</summary>
    public string List { get; init; } = "";

    public static KeysetSignature Of(IReadOnlyList<KeysetKey> keys) =>
        new(KeysetKey.Fingerprint(keys), keys.Select(k => k.ValueType).ToList());

    public static KeysetSignature Of<T>(IReadOnlyList<SortKey<T>> order, string list) =>
        Of(KeysetKey.Bind(order, System.Linq.Expressions.Expression.Parameter(typeof(T), "x"))).ForList<T>(list);

    /// <summary>This signature for the list <paramref name="field"/> of <typeparamref name="T"/>.</summary>
    public KeysetSignature ForList<T>(string field) => this with { List = $"{field} of {typeof(T).Name}" };
}
