using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using OpenCity.Server.Tests.Infrastructure;

namespace OpenCity.Server.Tests.Http;

/// <summary>
/// The GraphQL-over-HTTP spec's own audit suite (npm graphql-http's <c>serverAudits</c>, pinned in
/// package.json beside this project and installed by the build) run by Node against the real server over
/// real HTTP. Every audit must be ok, the SHOULDs and MAYs included.
/// </summary>
[Collection(CityCollection.Name)]
public sealed class GraphQLOverHttpAuditTests(SqliteCityFixture sqlite)
{
    // graphql-http 1.23.1 has 61 server audits; a new version may add some: read them, then update the figure.
    private const int AuditCount = 61;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Every_graphql_http_server_audit_is_ok()
    {
        var results = await RunAuditsAsync(new Uri(sqlite.Server.BaseAddress, "/graphql"));

        var failed = results.Where(result => result.Status != "ok").ToList();
        Assert.True(
            failed.Count == 0,
            $"{failed.Count} of {results.Count} graphql-http audits failed:\n"
            + string.Join("\n", failed.Select(result => $"{result.Id} {result.Name} [{result.Status}]: {result.Reason}\n    got {result.Response}")));
        Assert.Equal(AuditCount, results.Count);
    }

    private static async Task<IReadOnlyList<AuditResult>> RunAuditsAsync(Uri endpoint)
    {
        var script = typeof(GraphQLOverHttpAuditTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "GraphQLHttpAuditScript").Value!;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, endpoint.AbsoluteUri },
            WorkingDirectory = Path.GetDirectoryName(script)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is Node.js on the PATH?");
        var output = node.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = node.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"The audits did not finish within two minutes:\n{await errors}");
        }

        Assert.True(node.ExitCode == 0, $"node {script} exited with {node.ExitCode}:\n{await errors}");
        return JsonSerializer.Deserialize<List<AuditResult>>(await output, Web)
            ?? throw new InvalidOperationException("The audit script printed nothing.");
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason, string? Response);
}
