using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCity.GraphQL.Data.DataLoading;

/// <summary>Finds the request's <see cref="DataLoaderScope"/> from a resolver.</summary>
public static class DataLoaderContextExtensions
{
    public static DataLoaderScope DataLoaders(this IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("The transport must set ExecutionOptions.RequestServices."))
        .GetRequiredService<DataLoaderScope>();
}
