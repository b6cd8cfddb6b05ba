using System.Globalization;

namespace OpenCity.Server.Tests.Fuzzing;

// Arguments and directives of the generated fields.
public sealed partial class QueryGenerator
{
    /// <summary>The arguments, and the page size they ask for when the field pages (null when it does not).</summary>
    private (string Text, int? Page) Arguments(SchemaField field, SelectionScope scope)
    {
        var pages = field.Arguments.Any(a => a.Name is "first" or "last");
        int? page = pages ? 50 : null;
        var nested = scope.Rows > 1;
        var valueScope = new ValueScope(0, string.Empty, Cheap: nested, InVariable: false, field.Name, ObjectsOf(field).Name);
        var written = new List<string>();
        foreach (var argument in field.Arguments)
        {
            if (pages && nested && argument.Name == "first")
            {
                // Below a list: always a small page, or the default page would multiply the rows.
                var small = random.Between(0, (int)Math.Clamp(MaxRows / scope.Rows, 1, 5));
                written.Add($"first: {small}");
                page = small;
                continue;
            }

            var include = argument.Type.IsNonNull
                ? !random.Chance(parts.Sloppiness / 3)
                : random.Chance(nested ? 0.1 : argument.Name == "where" ? 0.6 : 0.35) && !(nested && argument.Name is "last");
            if (!include)
            {
                continue;
            }

            var value = values.Value(argument.Type, valueScope with { Hint = argument.Name });
            if (field.Type.ReturnsList && !pages && argument.Type.ReturnsList && argument.Type.NamedType == "ID")
            {
                page = value.Kind == FuzzValueKind.List ? Math.Max(value.Items!.Count, 1) : 50; // nodes(ids:) resolves one row per id
            }
            else if (argument.Name is "first" or "last")
            {
                page = value.Kind == FuzzValueKind.Int && int.TryParse(value.Text, CultureInfo.InvariantCulture, out var size) ? Math.Clamp(size, 0, 500) : 500;
            }

            written.Add($"{argument.Name}: {FuzzValueWriter.Literal(value)}");
        }

        if (random.Chance(parts.Sloppiness / 3))
        {
            written.Add(random.Chance(0.5) || written.Count == 0 ? "nope: 1" : written[0]);
        }

        return (written.Count == 0 ? string.Empty : $"({string.Join(", ", written)})", page);
    }

    private string Directive(SelectionScope scope)
    {
        if (!random.Chance(0.05))
        {
            return string.Empty;
        }

        if (random.Chance(parts.Sloppiness))
        {
            return random.Pick([" @nope", " @include", " @skip(if: \"yes\")", " @deprecated", " @include(if: true) @include(if: false)", " @specifiedBy(url: \"x\")"]);
        }

        var directive = random.Pick(schema.Directives.Where(d => d is "include" or "skip").ToList());
        var condition = values.Value(RequiredBoolean, new ValueScope(0, "if", Cheap: true, InVariable: false, string.Empty, string.Empty));
        return $" @{directive}(if: {FuzzValueWriter.Literal(condition)})";
    }
}
