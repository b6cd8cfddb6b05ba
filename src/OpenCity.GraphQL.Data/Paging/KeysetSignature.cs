using OpenCity.GraphQL.Data.Sorting;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>What a cursor must match to be read: the fingerprint of the order and the types of its values.</summary>
internal sealed record KeysetSignature(string Fingerprint, IReadOnlyList<Type> ValueTypes)
{
    /// <summary>The order by id alone.</summary>
    public static KeysetSignature ById { get; } = new(KeysetKey.Fingerprint([]), []);

    public static KeysetSignature Of(IReadOnlyList<KeysetKey> keys) =>
        new(KeysetKey.Fingerprint(keys), keys.Select(k => k.ValueType).ToList());

    public static KeysetSignature Of<T>(IReadOnlyList<SortKey<T>> order) =>
        order.Count == 0 ? ById : Of(KeysetKey.Bind(order, System.Linq.Expressions.Expression.Parameter(typeof(T), "x")));
}
