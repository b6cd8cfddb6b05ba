using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Relay;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Security;

/// <summary>
/// Walks every field of the schema that can return components, links, nearby components or
/// component counts, as an anonymous caller, aimed at the restricted components (their codes, their
/// ids, their grid, their place), and finds none of them: no code, no id, no RESTRICTED sensitivity,
/// and nothing counted when only restricted components match.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class VisibilityWalkTests(SqliteCityFixture sqlite, PostGisCityFixture postgis)
{
    private const int MaxSteps = 3;

    [Theory]
    [InlineData("SQLite")]
    [InlineData("PostGIS")]
    public async Task No_field_shows_or_counts_a_restricted_component_to_an_anonymous_caller(string provider)
    {
        var server = provider == "SQLite" ? sqlite.Server : postgis.Server;
        var restricted = await RestrictedAsync(server);
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var paths = SensitivePathFinder.Find(schema, MaxSteps);
        var failures = new List<string>();
        var answered = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in paths)
        {
            foreach (var aimed in new[] { false, true })
            {
                var (query, missing) = Query(path, aimed);
                if (missing is not null)
                {
                    failures.Add($"{Describe(path)}: no sample value for the required argument {missing}; add one to {nameof(Sample)} so the walk can reach it.");
                    continue;
                }

                var response = await server.PostAsync(query, restricted.Variables);

                // Refused for its cost: it shows nothing. Its last field is walked by a shorter path.
                if (response["errors"]?.AsArray().All(e => e!["extensions"]!["code"]!.GetValue<string>() == "QUERY_TOO_COMPLEX") == true)
                {
                    continue;
                }

                if (response["errors"] is { } errors)
                {
                    failures.Add($"{Describe(path)}: errors {errors.ToJsonString()}\n{query}");
                    continue;
                }

                answered.Add(path[^1].Name);
                failures.AddRange(Leaks(response["data"], restricted, aimed).Select(leak => $"{Describe(path)}{(aimed ? " (aimed)" : "")}: {leak}\n{query}"));
            }
        }

        Assert.True(paths.Count >= 20, $"only {paths.Count} paths found: the walk lost its way");
        var unanswered = paths.Select(p => p[^1].Name).Distinct().Where(field => !answered.Contains(field)).ToList();
        Assert.True(unanswered.Count == 0, $"never answered by any path: {string.Join(", ", unanswered)}");
        Assert.Contains(paths, p => p[^1].Name == "Query.components");
        Assert.Contains(paths, p => p.Any(s => s.Name == "GovernanceUnit.components"));
        Assert.Contains(paths, p => p[0].Name == "Query.nodes" && p[0].Through == "GovernanceUnit");
        Assert.True(failures.Count == 0, $"{failures.Count} failures, the first ones:\n" + string.Join("\n\n", failures.Take(10)));
    }

    /// <summary>The query walking <paramref name="path"/>; aimed: the last field is filtered to the restricted codes.</summary>
    private static (string Query, string? MissingArgument) Query(IReadOnlyList<PathStep> path, bool aimed)
    {
        var text = new StringBuilder();
        var closing = new StringBuilder();
        for (var index = 0; index < path.Count; index++)
        {
            var step = path[index];
            var last = index == path.Count - 1;
            var arguments = new List<string>();
            foreach (var argument in step.Field.Arguments ?? [])
            {
                if (Sample(step, argument, aimed && last) is { } value)
                {
                    arguments.Add($"{argument.Name}: {value}");
                }
                else if (argument.ResolvedType is NonNullGraphType && argument.DefaultValue is null)
                {
                    return ("", $"{step.Name}({argument.Name})");
                }
            }

            text.Append(step.Field.Name);
            if (arguments.Count > 0)
            {
                text.Append('(').AppendJoin(", ", arguments).Append(')');
            }

            text.Append(" { ");
            var named = step.Field.ResolvedType!.GetNamedType().Name;
            if (step.Through is { } through)
            {
                text.Append("... on ").Append(through).Append(" { ");
                closing.Insert(0, "} ");
            }

            closing.Insert(0, "} ");
            if (last)
            {
                text.Append(Selection(named));
            }
        }

        var body = $"{text}{closing}";
        var declared = Variables.Where(v => body.Contains("$" + v.Key + " ", StringComparison.Ordinal) || body.Contains("$" + v.Key + ")", StringComparison.Ordinal)
            || body.Contains("$" + v.Key + "]", StringComparison.Ordinal) || body.Contains("$" + v.Key + ",", StringComparison.Ordinal));
        var declarations = string.Join(", ", declared.Select(v => $"${v.Key}: {v.Value}"));
        return (declarations.Length == 0 ? $"{{ {body}}}" : $"query ({declarations}) {{ {body}}}", null);
    }

    /// <summary>What to ask of a sensitive type: everything that names or counts a component.</summary>
    private static string Selection(string type) => type switch
    {
        "CityComponent" => Component,
        "CityComponentConnection" => $"totalCount nodes {{ {Component} }} ",
        "ComponentLink" => "from { code sensitivity } to { code sensitivity } ",
        "NearbyComponent" => $"component {{ {Component} }} ",
        "ComponentGroup" => "count ",
        _ => throw new InvalidOperationException(type),
    };

    /// <summary>The variables a walk may use, with their types.</summary>
    private static readonly Dictionary<string, string> Variables = new()
    {
        ["codes"] = "[String!]",
        ["code"] = "String!",
        ["grid"] = "String!",
        ["id"] = "ID!",
        ["point"] = "GeoJSON!",
    };

    private const string Component = "id code sensitivity links { from { code } to { code } } ";

    /// <summary>
    /// An argument's value, aimed at the restricted components wherever an argument can aim: their
    /// codes in a filter, a code or id, their grid, their place. Null leaves an optional argument out.
    /// </summary>
    private static string? Sample(PathStep step, QueryArgument argument, bool aimed) => (step.Name, argument.Name) switch
    {
        ("Query.component", "code") => "$code",
        ("Query.governanceUnit", "code") => "$grid",
        ("Query.node", "id") => "$id",
        ("Query.nodes", "ids") => "[$id]",
        ("Query.componentsNear", "point") => "$point",
        ("Query.componentsNear", "maxDistanceMeters") => "5000",
        ("Query.componentAggregate", "groupBy") => "[KIND]",
        ("Query.observationAggregate", "indicator") => "\"population\"",
        ("Query.observationAggregate", "level") => "DISTRICT",
        (_, "first") when step.Field.ResolvedType!.GetNamedType().Name != "CityComponentConnection" => "3",
        (_, "first") => "2", // small, so that walks through nested lists stay within the cost limit
        (_, "where") when aimed && argument.ResolvedType!.GetNamedType().Name == "CityComponentFilterInput" => "{ code: { in: $codes } }",
        _ => null,
    };

    private static IEnumerable<string> Leaks(JsonNode? node, RestrictedComponents restricted, bool aimed)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (aimed && name is "count" or "totalCount" && value?.GetValue<int>() > 0)
                    {
                        yield return $"`{name}` is {value} although only restricted components match";
                    }

                    foreach (var leak in Leaks(value, restricted, aimed))
                    {
                        yield return leak;
                    }
                }

                break;
            case JsonArray array:
                foreach (var leak in array.SelectMany(item => Leaks(item, restricted, aimed)))
                {
                    yield return leak;
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (restricted.Codes.Contains(text) || restricted.Ids.Contains(text) || text == "RESTRICTED")
                {
                    yield return $"shows {text}";
                }

                break;
        }
    }

    private static string Describe(IReadOnlyList<PathStep> path) =>
        string.Join(" → ", path.Select(step => step.Through is null ? step.Name : $"{step.Name} (on {step.Through})"));

    /// <summary>The restricted components, read past the rule, and variables aiming at them.</summary>
    private static async Task<RestrictedComponents> RestrictedAsync(OpenCityServer server)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<OpenCityDbContext>>().CreateDbContextAsync();
        var all = await db.Components.IgnoreQueryFilters().Where(c => c.Sensitivity == Sensitivity.Restricted)
            .Select(c => new { c.Code, c.Geometry, Grid = c.GridUnit!.Code }).ToListAsync();
        Assert.NotEmpty(all);
        var first = all[0];
        var point = first.Geometry is Point p ? p : first.Geometry.InteriorPoint;
        return new RestrictedComponents(
            all.Select(c => c.Code).ToHashSet(StringComparer.Ordinal),
            all.Select(c => new GlobalId("CityComponent", c.Code).ToString()).ToHashSet(StringComparer.Ordinal),
            new
            {
                codes = all.Select(c => c.Code).Take(200).ToArray(),
                code = first.Code,
                grid = first.Grid,
                id = new GlobalId("CityComponent", first.Code).ToString(),
                point = new { type = "Point", coordinates = new[] { point.X, point.Y } },
            });
    }

    private sealed record RestrictedComponents(IReadOnlySet<string> Codes, IReadOnlySet<string> Ids, object Variables);
}
