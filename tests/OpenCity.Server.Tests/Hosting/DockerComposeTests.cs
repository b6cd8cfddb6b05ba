using YamlDotNet.RepresentationModel;

namespace OpenCity.Server.Tests.Hosting;

/// <summary>
/// The compose stack, read as YAML (no Docker engine in the test run): two servers behind one
/// proxy, PostGIS and Redis, each with a healthcheck, and the servers given every setting a
/// production start requires.
/// </summary>
public sealed class DockerComposeTests
{
    private static readonly string Root = FindRoot();

    private readonly YamlMappingNode _services = (YamlMappingNode)Load("docker-compose.yml")["services"];

    [Fact]
    public void Two_servers_run_behind_one_proxy_beside_PostGIS_and_Redis()
    {
        Assert.Equal(["opencity-1", "opencity-2", "postgis", "proxy", "redis"], _services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
        var proxy = Service("proxy");
        Assert.Single(((YamlSequenceNode)proxy["ports"]).Children);
        Assert.False(Service("opencity-1").Children.ContainsKey("ports"), "the servers are reached through the proxy only");

        var config = File.ReadAllText(Path.Combine(Root, "deploy", "nginx.conf"));
        Assert.Contains("server opencity-1:8080", config, StringComparison.Ordinal);
        Assert.Contains("server opencity-2:8080", config, StringComparison.Ordinal);
        Assert.Contains("./deploy/nginx.conf:", ((YamlSequenceNode)proxy["volumes"]).Children.Single().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opencity-1")]
    [InlineData("opencity-2")]
    [InlineData("proxy")]
    [InlineData("postgis")]
    [InlineData("redis")]
    public void Every_service_has_a_healthcheck(string service)
    {
        var test = Assert.IsType<YamlSequenceNode>(((YamlMappingNode)Service(service)["healthcheck"])["test"]);
        Assert.NotEmpty(test.Children);
    }

    [Theory]
    [InlineData("opencity-1")]
    [InlineData("opencity-2")]
    public void Servers_are_ready_by_health_ready_and_get_every_required_setting(string service)
    {
        var server = Service(service);
        Assert.Contains("/health/ready", string.Join(' ', ((YamlSequenceNode)((YamlMappingNode)server["healthcheck"])["test"]).Children), StringComparison.Ordinal);

        var environment = ((YamlMappingNode)server["environment"]).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());
        Assert.Equal("Production", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("PostgreSql", environment["OpenCity__Database__Provider"]);
        Assert.StartsWith("Host=postgis;", environment["ConnectionStrings__OpenCity"], StringComparison.Ordinal);
        Assert.StartsWith("${OPENCITY_CURSOR_SECRET:?", environment["OpenCity__Paging__CursorSecret"], StringComparison.Ordinal);
        Assert.StartsWith("${OPENCITY_AUTH_SIGNING_KEY:?", environment["OpenCity__Auth__SigningKey"], StringComparison.Ordinal);
        Assert.Contains("redis", environment["ConnectionStrings__Redis"], StringComparison.Ordinal);

        var dependsOn = (YamlMappingNode)server["depends_on"];
        Assert.All(["postgis", "redis"], needed => Assert.Equal("service_healthy", ((YamlMappingNode)dependsOn[needed])["condition"].ToString()));
    }

    private YamlMappingNode Service(string name) => (YamlMappingNode)_services[name];

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, file));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenCity.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (OpenCity.sln) was not found above the test's folder.");
    }
}
