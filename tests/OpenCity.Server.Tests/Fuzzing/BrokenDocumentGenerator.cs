using System.Text;

namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Documents that must be refused cleanly: syntax errors (random edits of a valid document,
/// unterminated strings), very deep nesting (selection sets, list and object literals, variables),
/// huge numbers of fields and aliases, unknown fields, duplicate operations, mutations and
/// subscriptions (the schema has neither), fragment cycles and other validation failures.
/// </summary>
public sealed partial class BrokenDocumentGenerator(FuzzRandom random, SchemaModel schema, Func<FuzzOperation> validOperation)
{
    private static readonly string[] Tokens = ["{", "}", "(", ")", ":", "$", "@", "...", "\"", "\"\"\"", "#", "!", "=", "[", "]", ",", "&", "|", "\u0000", "\uFEFF", "1e", "0x10", "..", "on", "fragment", "query", "\u00e9", "\\", "\t", "\r", "𝓍", " "];

    public FuzzOperation Document() => random.Choose(30, 14, 7, 5, 6, 1, 28) switch
    {
        0 => Edited(),
        1 => DeepSelection(),
        2 => DeepLiteral(),
        3 => DeepVariables(),
        4 => Many(),
        5 => LongLine(),
        _ => new FuzzOperation(random.Pick(Fixed), random.Chance(0.1) ? random.Pick(["Q", "M", "S", "A", ""]) : null, null),
    };

    /// <summary>A valid document with one to three random edits: cut, inserted tokens, duplicated pieces.</summary>
    private FuzzOperation Edited()
    {
        var operation = validOperation();
        var text = new StringBuilder(operation.Document);
        var edits = random.Between(1, 3);
        for (var i = 0; i < edits && text.Length > 0; i++)
        {
            var at = random.Between(0, text.Length - 1);
            switch (random.Between(0, 3))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Between(1, 8), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, random.Pick(Tokens));
                    break;
                case 2:
                    text.Length = at;
                    break;
                default:
                    text.Insert(at, text.ToString(at, Math.Min(random.Between(1, 30), text.Length - at)));
                    break;
            }
        }

        return operation with { Document = text.ToString() };
    }

    /// <summary>A selection set nested deeply through a field that returns its own type (<c>parent</c>), or through introspection's <c>ofType</c>.</summary>
    private FuzzOperation DeepSelection()
    {
        var depth = Depth();
        var recursive = schema.Query.Fields
            .Where(f => !f.Arguments.Any(a => a.Type.IsNonNull) && !f.Type.ReturnsList && !schema.Of(f.Type).IsLeaf)
            .Select(f => (Root: f, Self: schema.Of(f.Type).Fields.FirstOrDefault(s => s.Type.NamedType == f.Type.NamedType && !s.Type.ReturnsList && s.Arguments.Count == 0)))
            .Where(pair => pair.Self is not null)
            .ToList();
        string prefix, step, leaf;
        if (recursive.Count > 0 && random.Chance(0.7))
        {
            var (root, self) = random.Pick(recursive);
            (prefix, step, leaf) = ($"{root.Name} ", self!.Name, "__typename");
        }
        else
        {
            (prefix, step, leaf) = ("__type(name: \"Query\") ", "ofType", "name");
        }

        var text = new StringBuilder("{ ").Append(prefix);
        for (var i = 0; i < depth; i++)
        {
            text.Append("{ ").Append(step).Append(' ');
        }

        text.Append("{ ").Append(leaf).Append(' ').Append('}', depth + 1).Append(" }");
        return new FuzzOperation(text.ToString(), null, null);
    }

    /// <summary>List or object literals nested deeply in an argument.</summary>
    private FuzzOperation DeepLiteral()
    {
        var depth = Depth();
        var withArguments = schema.Query.Fields.Where(f => f.Arguments.Count > 0).ToList();
        var field = random.Pick(withArguments);
        var argument = random.Pick(field.Arguments);
        var (open, close) = random.Chance(0.5) ? ("[", "]") : random.Chance(0.5) ? ("{ and: [", "] }") : ("{ a: ", " }");
        var value = new StringBuilder().Insert(0, open, depth);
        value.Append(random.Chance(0.5) ? "1" : "{}").Insert(value.Length, close, depth);
        var selection = schema.Of(field.Type).IsLeaf ? string.Empty : " { __typename }";
        return new FuzzOperation($"{{ {field.Name}({argument.Name}: {value}){selection} }}", null, null);
    }

    /// <summary>A variable whose JSON value nests filters (<c>and</c>/<c>or</c>) or lists deeply.</summary>
    private FuzzOperation DeepVariables()
    {
        var depth = random.Weighted((0.5, random.Between(5, 63)), (0.3, random.Between(64, 200)), (0.2, random.Between(201, 3000)));
        var candidates = schema.Query.Fields
            .SelectMany(f => f.Arguments.Where(a => schema.Of(a.Type) is { IsInputObject: true } input && input.InputFields.Any(i => i.Name is "and" or "or")).Select(a => (Field: f, Argument: a)))
            .ToList();
        var (field, argument) = random.Pick(candidates);
        var key = random.Pick(["and", "or"]);
        var json = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            json.Append($"{{\"{key}\":[");
        }

        json.Append("{}");
        for (var i = 0; i < depth; i++)
        {
            json.Append("]}");
        }

        var document = $"query ($w: {argument.Type}) {{ {field.Name}({argument.Name}: $w) {{ __typename }} }}";
        return new FuzzOperation(document, null, $"{{\"w\":{json}}}");
    }

    /// <summary>Many fields, aliases or fragment spreads in one document.</summary>
    private FuzzOperation Many()
    {
        var count = random.Weighted((0.5, random.Between(50, 500)), (0.35, random.Between(501, 3000)), (0.15, random.Between(3001, 6000)));
        var text = new StringBuilder("{ ");
        switch (random.Between(0, 3))
        {
            case 0:
                text.Append("city { ");
                for (var i = 0; i < count; i++)
                {
                    text.Append('x').Append(i).Append(' ');
                }

                text.Append("} ");
                break;
            case 1:
                for (var i = 0; i < count; i++)
                {
                    text.Append('a').Append(i).Append(": __typename ");
                }

                break;
            case 2:
                for (var i = 0; i < Math.Min(count, 400); i++)
                {
                    text.Append('a').Append(i).Append(": city { code } ");
                }

                break;
            default:
                for (var i = 0; i < count; i++)
                {
                    text.Append("...F ");
                }

                text.Append("} fragment F on Query { __typename ");
                break;
        }

        return new FuzzOperation(text.Append('}').ToString(), null, null);
    }

    /// <summary>A syntax error far along one long line (a minified document), after blanks, a long list or a long string.</summary>
    private FuzzOperation LongLine()
    {
        var length = random.Between(20_000, 130_000);
        var filler = random.Between(0, 2) switch
        {
            0 => new string(' ', length),
            1 => "{ nodes(ids: [" + string.Concat(Enumerable.Repeat("\"x\", ", length / 5)) + "]) { id } }",
            _ => "{ component(code: \"" + new string('x', length) + "\") { code } }",
        };
        return new FuzzOperation("{ __typename }" + filler + random.Pick([" :", " }", " {", " \"open", " $"]), null, null);
    }

    private int Depth() => random.Weighted((0.3, random.Between(20, 60)), (0.3, random.Between(61, 70)), (0.25, random.Between(100, 500)), (0.15, random.Between(1000, 5000)));
}
