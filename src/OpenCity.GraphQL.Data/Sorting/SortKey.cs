using System.Linq.Expressions;

namespace OpenCity.GraphQL.Data.Sorting;

/// <summary>
/// One key of a sort order: a lambda <c>T => value</c> (null-safe through optional related
/// objects) and its direction. Null values count as larger than any value: last ascending,
/// first descending, on every database (see <see cref="SortQueryableExtensions.ApplySort{T}"/>).
/// </summary>
public sealed record SortKey<T>(LambdaExpression Key, bool Descending);
