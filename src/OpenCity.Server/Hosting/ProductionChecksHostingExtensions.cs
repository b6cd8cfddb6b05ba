using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Data.Paging;

namespace OpenCity.Server.Hosting;

/// <summary>Registers the start-up checks of a production configuration (<see cref="ProductionSettingsValidator"/>).</summary>
public static class ProductionChecksHostingExtensions
{
    /// <summary>Checked with the paging options, which are validated on start.</summary>
    public static IServiceCollection AddOpenCityProductionChecks(this IServiceCollection services) =>
        services.AddSingleton<IValidateOptions<PagingOptions>, ProductionSettingsValidator>();
}
