using System.Text.RegularExpressions;
using OpenCity.Server.Tests.Infrastructure;
using OpenCity.Server.Tests.Subscriptions;

namespace OpenCity.Server.Tests.Queries;

/// <summary>
/// Every GraphQL example of the README runs under the default limits and answers without error: the
/// limits refuse attacks, never what the documentation shows.
/// </summary>
[Collection(CityCollection.Name)]
public sealed partial class ReadmeExamplesTests(SqliteCityFixture sqlite)
{
    [Fact]
    public async Task Every_readme_example_runs_within_the_default_limits()
    {
        // Mutations would change the read tests' city: the write examples have tests of their own on the
        // writable city. Subscriptions are not served over plain HTTP: the next test subscribes to them.
        var operations = Operations(await File.ReadAllTextAsync(ReadmePath()))
            .Where(o => !o.StartsWith("mutation", StringComparison.Ordinal) && !o.StartsWith("subscription", StringComparison.Ordinal)).ToList();
        var community = (await sqlite.Server.QueryDataAsync("{ governanceUnits(level: COMMUNITY, first: 1) { nodes { boundary } } }"))
            ["governanceUnits"]!["nodes"]![0]!["boundary"];
        var centre = (await sqlite.Server.QueryDataAsync("{ city { centroid } }"))["city"]!["centroid"];

        Assert.True(operations.Count >= 5, $"only {operations.Count} examples found in README.md");
        foreach (var operation in operations)
        {
            var variables = new Dictionary<string, object?>();
            if (operation.Contains("$fire", StringComparison.Ordinal))
            {
                variables["fire"] = centre;
            }

            if (operation.Contains("$community", StringComparison.Ordinal))
            {
                variables["community"] = community;
            }

            var response = await sqlite.Server.PostAsync(operation, variables);
            Assert.True(response["errors"] is null, $"{operation}\n→ {response["errors"]?.ToJsonString()}");
            Assert.NotNull(response["extensions"]?["cost"]?["estimated"]);
        }
    }

    [Fact]
    public async Task Every_readme_subscription_is_accepted_over_WebSocket()
    {
        var subscriptions = Operations(await File.ReadAllTextAsync(ReadmePath())).Where(o => o.StartsWith("subscription", StringComparison.Ordinal)).ToList();
        Assert.True(subscriptions.Count >= 3, $"only {subscriptions.Count} subscriptions found in README.md");
        var opened = sqlite.Server.Opened();
        await using var socket = await sqlite.Server.ConnectAsync();
        for (var i = 0; i < subscriptions.Count; i++)
        {
            await socket.SubscribeAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture), subscriptions[i]);
        }

        // Each one reached the event bus: none was refused (a refusal would also arrive before the pong).
        await sqlite.Server.WaitForSubscriptionsAsync(opened, subscriptions.Count);
        await socket.SendAsync("""{"type":"ping"}""");
        var answer = await socket.ReceiveAsync();
        Assert.True(answer.Type == "pong", answer.ToString());
    }

    /// <summary>The top-level operations of the README's <c>graphql</c> code blocks, comments removed.</summary>
    private static IEnumerable<string> Operations(string readme)
    {
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            var text = Comment().Replace(block.Groups[1].Value, "");
            var (depth, start) = (0, 0);
            for (var index = 0; index < text.Length; index++)
            {
                if (text[index] == '{')
                {
                    depth++;
                }
                else if (text[index] == '}' && --depth == 0)
                {
                    yield return text[start..(index + 1)].Trim();
                    start = index + 1;
                }
            }
        }
    }

    private static string ReadmePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenCity.sln")))
            {
                return Path.Combine(directory.FullName, "README.md");
            }
        }

        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    [GeneratedRegex("#[^\\n]*")]
    private static partial Regex Comment();
}
