using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace OpenCity.Data.Tests.Persistence;

/// <summary>A host with only the data layer, configured the way the server configures it.</summary>
internal static class TestHost
{
    public static IHost Create(IReadOnlyDictionary<string, string?> configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddOpenCityData();
        return builder.Build();
    }
}
