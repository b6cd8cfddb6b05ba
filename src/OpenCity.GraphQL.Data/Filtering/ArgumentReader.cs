using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Reads a filter or sort argument from the query text rather than from GraphQL.NET's coerced
/// value, because only the text tells a variable that is null or absent (left out, HC #7956)
/// from a literal <c>null</c> (meaning "no value"). Results are plain values: dictionaries for
/// input objects, lists, and parsed scalars; left-out positions are simply missing.
/// </summary>
internal static class ArgumentReader
{
    private static readonly object Omitted = new();

    public static bool TryRead(IResolveFieldContext context, string argumentName, out IGraphType type, out object? value)
    {
        var argument = context.FieldDefinition.Arguments?.Find(argumentName)
            ?? throw new InvalidOperationException($"The field `{context.FieldDefinition.Name}` has no argument `{argumentName}`.");
        type = Unwrap(argument.ResolvedType ?? throw new InvalidOperationException($"The argument `{argumentName}` is not part of an initialized schema."));
        value = null;
        var ast = context.FieldAst.Arguments?.ValueFor(argumentName);
        if (ast is null)
        {
            return false;
        }

        var read = Read(ast, type, context.Variables);
        if (ReferenceEquals(read, Omitted))
        {
            return false;
        }

        value = read;
        return true;
    }

    public static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

    private static object? Read(GraphQLValue ast, IGraphType type, Variables? variables)
    {
        type = Unwrap(type);
        switch (ast)
        {
            case GraphQLVariable variable:
                return variables is not null && variables.ValueFor(variable.Name.Value, out ArgumentValue found) && found.Value is not null
                    ? found.Value
                    : Omitted;
            case GraphQLNullValue:
                return null;
            case GraphQLListValue list when type is ListGraphType listType:
                return (list.Values ?? []).Select(item => Read(item, listType.ResolvedType!, variables)).Where(item => !ReferenceEquals(item, Omitted)).ToList();
            case not null and not GraphQLListValue when type is ListGraphType listType:
                var single = Read(ast, listType.ResolvedType!, variables);
                return ReferenceEquals(single, Omitted) ? Omitted : new List<object?> { single };
            case GraphQLObjectValue obj when type is IInputObjectGraphType inputType:
                var fields = new Dictionary<string, object?>();
                foreach (var field in obj.Fields ?? [])
                {
                    var name = field.Name.StringValue;
                    var fieldType = inputType.GetField(name)?.ResolvedType
                        ?? throw new InvalidOperationException($"`{inputType.Name}` has no field `{name}`.");
                    var read = Read(field.Value!, fieldType, variables);
                    if (!ReferenceEquals(read, Omitted))
                    {
                        fields[name] = read;
                    }
                }

                return fields;
            case not null when type is ScalarGraphType scalar:
                return scalar.ParseLiteral(ast);
            default:
                throw new InvalidOperationException($"Cannot read a {ast?.Kind} as `{type.Name}`.");
        }
    }
}
