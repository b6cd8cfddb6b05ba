using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCity.Data.Configurations;

/// <summary>
/// Declares the text columns clients search case-insensitively (the <c>…IgnoreCase</c> filter
/// operations), for indexes on their case-folded text where a database can build them
/// (<see cref="PostgreSql.PostgreSqlCaseInsensitiveIndexes"/>). EF Core cannot declare
/// expression indexes, so they are kept as a model annotation.
/// </summary>
internal static class CaseInsensitiveIndexExtensions
{
    private const string Annotation = "OpenCity:CaseInsensitiveIndexes";

    /// <summary>
    /// An index for equality and prefix matches ignoring case (<c>eqIgnoreCase</c>,
    /// <c>startsWithIgnoreCase</c>) and, with <paramref name="substrings"/>, one for
    /// <c>containsIgnoreCase</c> and <c>endsWithIgnoreCase</c> too.
    /// </summary>
    public static EntityTypeBuilder<T> HasCaseInsensitiveIndex<T>(this EntityTypeBuilder<T> builder, Expression<Func<T, string?>> property, bool substrings = false)
        where T : class
    {
        var name = ((MemberExpression)property.Body).Member.Name;
        var existing = builder.Metadata.FindAnnotation(Annotation)?.Value as string;
        var index = substrings ? $"{name}:substrings" : name;
        builder.HasAnnotation(Annotation, existing is null ? index : $"{existing};{index}");
        return builder;
    }

    /// <summary>Every declared column: its table, its column and whether substrings are searched.</summary>
    public static IEnumerable<(string Table, string Column, bool Substrings)> CaseInsensitiveIndexes(this IModel model)
    {
        foreach (var entityType in model.GetEntityTypes())
        {
            if (entityType.FindAnnotation(Annotation)?.Value is not string indexes)
            {
                continue;
            }

            foreach (var index in indexes.Split(';'))
            {
                var (name, substrings) = index.Split(':') is [var n, "substrings"] ? (n, true) : (index, false);
                var property = entityType.FindProperty(name)
                    ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no property {name} for a case-insensitive index.");
                yield return (entityType.GetTableName()!, property.GetColumnName(), substrings);
            }
        }
    }
}
