using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenCity.Data.Seeding.Loading;

/// <summary>One column of a bulk load, read from the EF model so the loaders write exactly what EF would.</summary>
internal sealed class LoadColumn(IProperty property)
{
    private readonly IClrPropertyGetter _getter = property.GetGetter();

    private readonly Func<object?, object?>? _toProvider = property.GetTypeMapping().Converter?.ConvertToProvider;

    public string Name { get; } = property.GetColumnName();

    public RelationalTypeMapping TypeMapping { get; } = property.GetRelationalTypeMapping();

    /// <summary>The non-nullable CLR type of <see cref="GetProviderValue"/>'s result.</summary>
    public Type ProviderClrType { get; } = UnwrapNullable(property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType);

    /// <summary>The value as the database stores it (enums as text, geometries as WKB on SQLite …), or null.</summary>
    public object? GetProviderValue(object entity)
    {
        var value = _getter.GetClrValueUsingContainingEntity(entity);
        return _toProvider is null ? value : _toProvider(value);
    }

    private static Type UnwrapNullable(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
