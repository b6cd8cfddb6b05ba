using GraphQLParser.AST;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>How many fields and aliased fields a document's text holds, every definition counted once as written.</summary>
internal readonly record struct DocumentSize(int Fields, int Aliases)
{
    public static DocumentSize Of(GraphQLDocument document)
    {
        var (fields, aliases) = (0, 0);
        foreach (var definition in document.Definitions)
        {
            var selectionSet = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            Count(selectionSet, ref fields, ref aliases);
        }

        return new DocumentSize(fields, aliases);
    }

    // Recursion is bounded by the parser's nesting limit.
    private static void Count(GraphQLSelectionSet? selectionSet, ref int fields, ref int aliases)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields++;
                    aliases += field.Alias is null ? 0 : 1;
                    Count(field.SelectionSet, ref fields, ref aliases);
                    break;
                case GraphQLInlineFragment inline:
                    Count(inline.SelectionSet, ref fields, ref aliases);
                    break;
            }
        }
    }
}
