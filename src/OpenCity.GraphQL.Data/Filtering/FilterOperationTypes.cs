using NetTopologySuite.Geometries;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Which operation input type filters a member of a given CLR type.</summary>
internal static class FilterOperationTypes
{
    public static Type? For(Type memberType)
    {
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        return type switch
        {
            _ when type == typeof(string) => typeof(StringOperationFilterInputType),
            _ when type == typeof(int) || type == typeof(short) || type == typeof(byte) => typeof(IntOperationFilterInputType),
            _ when type == typeof(long) => typeof(LongOperationFilterInputType),
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => typeof(FloatOperationFilterInputType),
            _ when type == typeof(DateTime) => typeof(DateTimeOperationFilterInputType),
            _ when type == typeof(DateOnly) => typeof(DateOperationFilterInputType),
            _ when type == typeof(bool) => typeof(BooleanOperationFilterInputType),
            _ when typeof(Geometry).IsAssignableFrom(type) => typeof(GeometryFilterInputType),
            _ => null,
        };
    }
}
