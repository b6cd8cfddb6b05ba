using GraphQLParser.AST;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// How large a document's text is, every definition counted once as written: its field selections,
/// aliased fields and fragment definitions, and all its nodes (definitions, selections, fragment
/// spreads, arguments, directives and variable definitions), which is what validation walks.
/// </summary>
internal readonly record struct DocumentSize(int Fields, int Aliases, int Fragments, int Nodes)
{
    public static DocumentSize Of(GraphQLDocument document)
    {
        var counter = new Counter();
        foreach (var definition in document.Definitions)
        {
            counter.Nodes++;
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    counter.Nodes += operation.Variables?.Items.Count ?? 0;
                    counter.Directives(operation.Directives);
                    counter.Count(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    counter.Fragments++;
                    counter.Directives(fragment.Directives);
                    counter.Count(fragment.SelectionSet);
                    break;
            }
        }

        return new DocumentSize(counter.Fields, counter.Aliases, counter.Fragments, counter.Nodes);
    }

    private sealed class Counter
    {
        public int Fields { get; private set; }

        public int Aliases { get; private set; }

        public int Fragments { get; set; }

        public int Nodes { get; set; }

        public void Directives(GraphQLDirectives? directives)
        {
            foreach (var directive in directives?.Items ?? [])
            {
                Nodes += 1 + (directive.Arguments?.Items.Count ?? 0);
            }
        }

        // Recursion is bounded by the parser's nesting limit.
        public void Count(GraphQLSelectionSet? selectionSet)
        {
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                Nodes++;
                switch (selection)
                {
                    case GraphQLField field:
                        Fields++;
                        Aliases += field.Alias is null ? 0 : 1;
                        Nodes += field.Arguments?.Items.Count ?? 0;
                        Directives(field.Directives);
                        Count(field.SelectionSet);
                        break;
                    case GraphQLInlineFragment inline:
                        Directives(inline.Directives);
                        Count(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        Directives(spread.Directives);
                        break;
                }
            }
        }
    }
}
