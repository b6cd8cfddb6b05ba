using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// What reading a schema through introspection may cost and return, worked out from the schema once.
/// Every type, field, argument, input field, enum value and directive is one object in the answer
/// with up to <see cref="ValuesPerElement"/> values (name, description, its type reference nested a
/// few levels, as IDEs ask for it …): <c>__schema</c> may read all of them, <c>__type</c> one type's
/// share. Aliases of the whole schema then add up like any other list.
/// </summary>
internal sealed record IntrospectionSize(double SchemaCost, double SchemaSize, double TypeCost, double TypeSize)
{
    private const int ValuesPerElement = 16;

    public static IntrospectionSize Of(ISchema schema)
    {
        var types = 0;
        var elements = 0;
        foreach (var type in schema.AllTypes)
        {
            types++;
            elements += 1 + type switch
            {
                IObjectGraphType or IInterfaceGraphType => ((IComplexGraphType)type).Fields.Sum(f => 1 + (f.Arguments?.Count ?? 0)),
                IInputObjectGraphType input => input.Fields.Count,
                EnumerationGraphType enumeration => enumeration.Values.Count,
                _ => 0,
            };
        }

        elements += schema.Directives.Sum(d => 1 + (d.Arguments?.Count ?? 0));
        var perType = Math.Ceiling((double)elements / Math.Max(1, types));
        return new IntrospectionSize(elements, ValuesPerElement * elements, perType, ValuesPerElement * perType);
    }
}
