using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace OpenCity.Server.Hosting;

/// <summary>Prints the schema as SDL with descriptions, the form kept in <c>schema/opencity.graphql</c>.</summary>
public static class SchemaPrinter
{
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n") + "\n";
    }
}
