using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenCity.Server.Hosting;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Schema;

/// <summary>The published schema: exported to <c>schema/opencity.graphql</c>, and described throughout.</summary>
[Collection(CityCollection.Name)]
public sealed class SchemaTests(SqliteCityFixture sqlite)
{
    [Fact]
    public void The_exported_schema_file_matches_the_live_schema()
    {
        var live = SchemaPrinter.Print(sqlite.Server.Services.GetRequiredService<ISchema>());
        var file = Path.Combine(RepositoryRoot(), "schema", "opencity.graphql");

        Assert.True(File.Exists(file), $"{file} is missing: run `dotnet run --project src/OpenCity.Server -- export-schema`.");
        Assert.True(
            File.ReadAllText(file) == live,
            "schema/opencity.graphql differs from the live schema. Review the change, then run "
            + "`dotnet run --project src/OpenCity.Server -- export-schema`.");
    }

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_is_described()
    {
        var schema = (await sqlite.Server.QueryDataAsync("""
            {
              __schema {
                types {
                  name kind description
                  fields { name description args { name description } }
                  inputFields { name description }
                  enumValues { name description }
                }
              }
            }
            """))["__schema"]!["types"]!.AsArray();

        var missing = new List<string>();
        foreach (var type in schema.Select(t => t!).Where(t => !t["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal)))
        {
            var name = type["name"]!.GetValue<string>();
            Check(type, name);
            foreach (var field in Items(type["fields"]))
            {
                Check(field, $"{name}.{field["name"]}");
                foreach (var argument in Items(field["args"]))
                {
                    Check(argument, $"{name}.{field["name"]}({argument["name"]})");
                }
            }

            foreach (var item in Items(type["inputFields"]).Concat(Items(type["enumValues"])))
            {
                Check(item, $"{name}.{item["name"]}");
            }
        }

        Assert.True(missing.Count == 0, "Undescribed: " + string.Join(", ", missing));

        void Check(JsonNode node, string what)
        {
            if (string.IsNullOrWhiteSpace(node["description"]?.GetValue<string>()))
            {
                missing.Add(what);
            }
        }
    }

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list?.AsArray().Select(n => n!) ?? [];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenCity.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("OpenCity.sln not found above " + AppContext.BaseDirectory);
    }
}
