using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenCity.Data.Configurations;

/// <summary>
/// Indexes shaped like the keyset paging order of the GraphQL layer: each nullable column preceded
/// by <c>(column IS NULL)</c> (NULL sorts last going up, on every provider), then the key. With
/// one, a filtered, sorted page starts reading at its cursor instead of scanning every match. EF
/// Core cannot declare expression indexes, so they are kept as a model annotation and created
/// with SQL that SQLite and PostgreSQL both accept.
/// </summary>
internal static class KeysetIndexExtensions
{
    private const string Annotation = "OpenCity:KeysetIndexes";

    /// <summary>An index for pages filtered by equality on the leading properties and sorted by the last ones.</summary>
    public static EntityTypeBuilder<T> HasKeysetIndex<T>(this EntityTypeBuilder<T> builder, params Expression<Func<T, object?>>[] properties)
        where T : class
    {
        var names = properties.Select(p => p.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : p.Body)
            .Select(body => ((MemberExpression)body).Member.Name);
        var existing = builder.Metadata.FindAnnotation(Annotation)?.Value as string;
        var index = string.Join(',', names);
        builder.HasAnnotation(Annotation, existing is null ? index : $"{existing};{index}");
        return builder;
    }

    /// <summary>Every keyset index in the model, with its <c>CREATE INDEX IF NOT EXISTS</c> statement.</summary>
    public static IEnumerable<(string Name, string Create)> KeysetIndexes(this IModel model)
    {
        foreach (var entityType in model.GetEntityTypes())
        {
            if (entityType.FindAnnotation(Annotation)?.Value is not string indexes)
            {
                continue;
            }

            var table = entityType.GetTableName()!;
            var key = entityType.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName());
            foreach (var index in indexes.Split(';'))
            {
                var properties = index.Split(',').Select(name => entityType.FindProperty(name)
                    ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no property {name} for a keyset index.")).ToList();
                var terms = properties.SelectMany(p => p.IsNullable
                    ? [$"(\"{p.GetColumnName()}\" IS NULL)", $"\"{p.GetColumnName()}\""]
                    : new[] { $"\"{p.GetColumnName()}\"" });
                var name = $"ix_{table}_keyset_{string.Join('_', properties.Select(p => p.GetColumnName()))}";
                yield return (name, $"CREATE INDEX IF NOT EXISTS \"{name}\" ON \"{table}\" ({string.Join(", ", terms.Concat(key.Select(k => $"\"{k}\"")))})");
            }
        }
    }
}
