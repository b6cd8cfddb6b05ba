using GraphQL;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Projection;

/// <summary>Reads the fields a query selects below a field, through fragments and connection wrappers.</summary>
public static class SelectionReader
{
    /// <summary>
    /// The names of the fields selected on the objects a field returns: directly for an object or a
    /// list, or on <c>nodes</c> and <c>edges.node</c> for a connection.
    /// </summary>
    public static IReadOnlySet<string> SelectedNodeFields(IResolveFieldContext context, bool connection)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context.FieldAst.SelectionSet, context.Document))
        {
            var name = field.Name.StringValue;
            if (!connection)
            {
                fields.Add(name);
            }
            else if (name == "nodes")
            {
                fields.UnionWith(Fields(field.SelectionSet, context.Document).Select(f => f.Name.StringValue));
            }
            else if (name == "edges")
            {
                foreach (var node in Fields(field.SelectionSet, context.Document).Where(f => f.Name.StringValue == "node"))
                {
                    fields.UnionWith(Fields(node.SelectionSet, context.Document).Select(f => f.Name.StringValue));
                }
            }
        }

        return fields;
    }

    /// <summary>The names of the fields selected directly below the field being resolved, through fragments.</summary>
    public static IReadOnlySet<string> SelectedFields(IResolveFieldContext context) =>
        Fields(context.FieldAst.SelectionSet, context.Document).Select(field => field.Name.StringValue).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selectionSet, GraphQLDocument document)
    {
        if (selectionSet is null)
        {
            yield break;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(inline.SelectionSet, document),
                GraphQLFragmentSpread spread => Fields(
                    document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name)?.SelectionSet,
                    document),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }
}
