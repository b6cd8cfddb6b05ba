using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace OpenCity.GraphQL.Transport.Ide;

/// <summary>
/// The IDE's static files, embedded at build time by BananaCakePop.targets (from the npm package
/// @chillicream/bananacakepop-graphql-ide pinned in package.json).
/// </summary>
public sealed class BananaCakePopAssets
{
    private const string ResourcePrefix = "BananaCakePop/";
    private readonly Assembly _assembly = typeof(BananaCakePopAssets).Assembly;
    private readonly Dictionary<string, BananaCakePopAsset> _assets = new(StringComparer.Ordinal);

    public BananaCakePopAssets()
    {
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
        contentTypes.Mappings[".js"] = "text/javascript";
        foreach (var resourceName in _assembly.GetManifestResourceNames())
        {
            if (!resourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = resourceName[ResourcePrefix.Length..];
            var contentType = contentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("json", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            _assets[path] = new BananaCakePopAsset(path, resourceName, contentType, Immutable: path.StartsWith("static/", StringComparison.Ordinal));
        }

        // Files change only when this assembly does, so its build id is a strong validator for all of them.
        ETag = $"\"{_assembly.ManifestModule.ModuleVersionId:N}\"";
    }

    /// <summary>False when the assembly was built without the IDE files.</summary>
    public bool IsAvailable => _assets.ContainsKey("index.html");

    public string ETag { get; }

    public IReadOnlyCollection<BananaCakePopAsset> All => _assets.Values;

    public bool TryGet(string path, out BananaCakePopAsset asset) => _assets.TryGetValue(path, out asset!);

    public Stream Open(BananaCakePopAsset asset)
        => _assembly.GetManifestResourceStream(asset.ResourceName)
           ?? throw new InvalidOperationException($"Embedded IDE file '{asset.ResourceName}' is missing.");
}
