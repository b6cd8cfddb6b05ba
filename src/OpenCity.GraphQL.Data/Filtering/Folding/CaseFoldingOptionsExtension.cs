using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>
/// The single-call case folding of <see cref="CaseFoldingDbContextOptionsBuilderExtensions.UseCaseFolding"/>
/// in a context's options: its translator and interceptors live in the context's internal services,
/// so options without this extension fold exactly as before (nested <c>replace()</c>).
/// </summary>
public sealed class CaseFoldingOptionsExtension : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    internal CaseFoldingOptionsExtension()
    {
    }

    /// <inheritdoc />
    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    /// <inheritdoc />
    public void ApplyServices(IServiceCollection services)
    {
        new EntityFrameworkRelationalServicesBuilder(services).TryAdd<IMethodCallTranslatorPlugin, CaseFoldingTranslatorPlugin>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, CaseFoldingQueryInterceptor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInterceptor, SqliteCaseFoldingInterceptor>());
    }

    /// <inheritdoc />
    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "using SQL case folding ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["OpenCity:CaseFolding"] = "1";
    }
}
