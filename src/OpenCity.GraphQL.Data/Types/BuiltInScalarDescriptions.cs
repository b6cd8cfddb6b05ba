using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Types;

/// <summary>
/// The spec's built-in scalars come without descriptions; a journalist reading the schema in the
/// IDE deserves one for every type, so these replace them under the same names.
/// </summary>
public static class BuiltInScalarDescriptions
{
    public static void Describe(ISchema schema)
    {
        schema.RegisterType(new StringGraphType { Description = "Text, e.g. `\"Mill Road\"`." });
        schema.RegisterType(new IntGraphType { Description = "A whole number, e.g. `42`." });
        schema.RegisterType(new FloatGraphType { Description = "A number that may have a fractional part, e.g. `3.75`." });
        schema.RegisterType(new BooleanGraphType { Description = "`true` or `false`." });
        schema.RegisterType(new IdGraphType { Description = "An opaque identifier: use it as it is given, never build one." });
    }
}
