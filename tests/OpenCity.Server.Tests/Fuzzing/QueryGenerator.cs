using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Random operations built from the live schema: root fields, arguments, nested selections
/// (mostly shallow and cheap, sometimes deep or wide), aliases, named and inline fragments,
/// <c>__typename</c>, <c>@include</c>/<c>@skip</c>, variables. The rows a selection is resolved for
/// are estimated from the page sizes above it, so nested lists always get a small page.
/// </summary>
public sealed partial class QueryGenerator(FuzzRandom random, SchemaModel schema, DocumentParts parts, ValueGenerator values)
{
    private const int CheapRows = 150;
    private const int LargeRows = 2500;

    private static readonly TypeRef RequiredBoolean = new("NON_NULL", null, new TypeRef("SCALAR", "Boolean", null));

    private int MaxRows => parts.Large ? LargeRows : CheapRows;

    public FuzzOperation Operation()
    {
        var maxDepth = parts.Large ? random.Between(5, 10) : random.Weighted((0.3, 2), (0.4, 3), (0.2, 4), (0.1, 6));
        var selection = SelectionSet(schema.Query, new SelectionScope(0, maxDepth, 1, 0));
        var named = random.Chance(0.5);
        var name = named ? parts.NextName("Q") : null;
        var header = parts.VariableDefinitions.Count > 0
            ? $"query {name}({string.Join(", ", parts.VariableDefinitions)}) "
            : named || random.Chance(0.2) ? $"query {name} " : string.Empty;
        var document = new StringBuilder(header).Append(selection);
        string? operationName = named && random.Chance(0.5) ? name : null;
        if (random.Chance(0.04))
        {
            // Several operations: the request must say which one to run.
            var other = random.Pick(["Other", name ?? "Q0", string.Empty]);
            document.Append($"\nquery {other} {{ __typename }}");
            operationName = random.Pick<string?>([name, other, null, "Nope"]);
        }
        else if (random.Chance(0.02))
        {
            operationName = "Nope";
        }

        foreach (var fragment in parts.Fragments)
        {
            document.Append('\n').Append(fragment);
        }

        return new FuzzOperation(document.ToString(), operationName, parts.VariablesJson());
    }

    /// <summary>A selection set on <paramref name="type"/>, braces included.</summary>
    public string SelectionSet(SchemaType type, SelectionScope scope)
    {
        var items = new List<string>();
        if (type.IsAbstract)
        {
            items.AddRange(random.Sample(type.Fields.Where(f => schema.Of(f.Type).IsLeaf).ToList(), random.Between(0, 1)).Select(f => Field(f, scope)));
            foreach (var possible in random.Sample(type.PossibleTypes, random.Between(1, 2)))
            {
                items.Add($"... on {possible} {SelectionSet(schema[possible], scope)}");
            }
        }
        else
        {
            var count = parts.Large ? random.Between(3, 20) : random.Weighted((0.45, 1), (0.4, random.Between(2, 3)), (0.15, random.Between(4, 6)));
            count = Math.Max(1, parts.TakeFields(count));
            var leavesOnly = scope.Depth >= scope.MaxDepth || parts.FieldsLeft == 0;
            var candidates = type.Fields
                .Where(f => !leavesOnly || schema.Of(f.Type).IsLeaf)
                .Where(f => !IsList(f) || scope.Rows * ListEstimate(f, scope) <= MaxRows)
                .ToList();
            items.AddRange(random.Sample(candidates, count).Select(f => Field(f, scope)));
            if (type == schema.Query && random.Chance(0.04))
            {
                items.Add(MetaField(scope));
            }

            AddFragments(type, scope, items);
        }

        if (random.Chance(0.1) || items.Count == 0)
        {
            items.Insert(random.Between(0, items.Count), "__typename");
        }

        if (random.Chance(parts.Sloppiness / 2))
        {
            items.Add(random.Pick(["nope", "__nope", "id(x: 1)", "code { x }", "...Undefined", "... on Nope { id }", "__typename(x: 1)"]));
        }

        return "{ " + string.Join(' ', items) + " }";
    }

    private void AddFragments(SchemaType type, SelectionScope scope, List<string> items)
    {
        if (random.Chance(0.06))
        {
            items.Add($"... on {type.Name}{Directive(scope)} {SelectionSet(type, scope)}");
        }

        if (random.Chance(0.03))
        {
            items.Add($"...{Directive(scope)} {SelectionSet(type, scope)}");
        }

        if (random.Chance(0.05))
        {
            var name = parts.NextName("F");
            var on = random.Chance(parts.Sloppiness) ? random.Pick(schema.ObjectTypes) : type;
            parts.AddFragment($"fragment {name} on {on.Name} {SelectionSet(on, scope)}");
            items.Add($"...{name}{Directive(scope)}");
        }
    }

    private string MetaField(SelectionScope scope)
    {
        var deeper = scope with { Depth = scope.Depth + 1, Rows = scope.Rows * 10 };
        return random.Between(0, 2) switch
        {
            0 => "__schema " + SelectionSet(schema["__Schema"], deeper),
            1 => $"__type(name: {FuzzValueWriter.Quote(random.Chance(0.7) ? random.Pick(schema.ObjectTypes).Name : random.Pick(["", "Nope", "__Type", "String", "Node"]))}) " + SelectionSet(schema["__Type"], deeper),
            _ => "__typename",
        };
    }

    private string Field(SchemaField field, SelectionScope scope)
    {
        var alias = random.Chance(0.12) ? parts.NextName("a") + ": " : string.Empty;
        var (arguments, page) = Arguments(field, scope);
        var text = alias + field.Name + arguments + Directive(scope);
        var type = schema.Of(field.Type);
        if (type.IsLeaf)
        {
            return random.Chance(parts.Sloppiness / 3) ? text + " { __typename }" : text;
        }

        if (random.Chance(parts.Sloppiness / 3))
        {
            return text; // an object without a selection
        }

        var rows = scope.Rows;
        var pending = 0;
        if (field.Type.ReturnsList)
        {
            rows *= page ?? ListEstimate(field, scope);
        }
        else if (page is { } connectionPage)
        {
            pending = connectionPage;
        }

        return text + " " + SelectionSet(type, new SelectionScope(scope.Depth + 1, scope.MaxDepth, Math.Max(rows, 1), pending));
    }

    /// <summary>The type of the objects a field returns: for a connection, its nodes' type.</summary>
    private SchemaType ObjectsOf(SchemaField field)
    {
        var type = schema.Of(field.Type);
        return type.Fields.FirstOrDefault(f => f.Name == "nodes") is { } nodes ? schema.Of(nodes.Type) : type;
    }

    /// <summary>
    /// How many rows a list field will resolve per parent before its arguments are known: one page
    /// for a connection (its page is then kept within the budget), the page of the connection
    /// above for its <c>nodes</c> and <c>edges</c>, and a generous guess for other lists
    /// (aggregates group into hundreds of rows).
    /// </summary>
    private static int ListEstimate(SchemaField field, SelectionScope scope) =>
        field.Arguments.Any(a => a.Name is "first" or "last") ? 1
        : scope.PendingPage > 0 ? scope.PendingPage
        : 100;

    private bool IsList(SchemaField field) =>
        field.Type.ReturnsList || field.Arguments.Any(a => a.Name is "first" or "last") || schema.Of(field.Type).Fields.Any(f => f.Name is "edges" or "nodes");
}
