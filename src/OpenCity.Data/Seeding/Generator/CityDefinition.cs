using System.Text.Json;
using System.Text.Json.Serialization;
using OpenCity.Domain.Components;
using OpenCity.Domain.ServiceRequests;

namespace OpenCity.Data.Seeding;

/// <summary>
/// The demo city as data: its name, place, size, name lists, departments, indicator catalogue and
/// sensors. The default definition is <c>seed/city.json</c>, embedded in this assembly.
/// </summary>
public sealed record CityDefinition
{
    private const string EmbeddedResourceName = "OpenCity.Data.Seeding.city.json";

    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    public required string Name { get; init; }

    /// <summary>Short code every unit code starts with, e.g. <c>NB</c>.</summary>
    public required string Code { get; init; }

    public required string Description { get; init; }

    /// <summary>Seed of the generator: the same seed gives the same city, byte for byte.</summary>
    public required ulong Seed { get; init; }

    public required double CentreLongitude { get; init; }

    public required double CentreLatitude { get; init; }

    /// <summary>Edge of a grid cell in metres (converted to degrees with the local scale at the centre).</summary>
    public required double CellSizeMeters { get; init; }

    /// <summary>The fixed "now" of the city (UTC): readings end and requests are dated relative to it.</summary>
    public required DateTime ReferenceTime { get; init; }

    public required string Publisher { get; init; }

    /// <summary>Licence of the published data, e.g. <c>CC-BY-4.0</c>.</summary>
    public required string Licence { get; init; }

    public required int InstalledFromYear { get; init; }

    public required int InstalledToYear { get; init; }

    /// <summary>Periods indicators are observed for: <c>2025</c>, <c>2025-Q3</c> or <c>2025-09</c>.</summary>
    public required IReadOnlyList<string> Periods { get; init; }

    public required SizeDefinitions Sizes { get; init; }

    public required LayoutDefinition Layout { get; init; }

    public required NameDefinitions Names { get; init; }

    public required IReadOnlyList<DepartmentDefinition> Departments { get; init; }

    /// <summary>Relative weights of asset statuses.</summary>
    public required IReadOnlyDictionary<ComponentStatus, double> StatusWeights { get; init; }

    public required IReadOnlyList<ComponentKindDefinition> Kinds { get; init; }

    public required IReadOnlyList<BuildingUseDefinition> BuildingUses { get; init; }

    public required IReadOnlyList<MetricDefinition> Metrics { get; init; }

    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }

    public required IReadOnlyList<ServiceRequestCategoryDefinition> ServiceRequestCategories { get; init; }

    public required IReadOnlyDictionary<ServiceRequestStatus, double> ServiceRequestStatusWeights { get; init; }

    public required IReadOnlyList<DatasetDefinition> Datasets { get; init; }

    /// <summary>Loads the definition embedded in this assembly (<c>seed/city.json</c>).</summary>
    public static CityDefinition LoadEmbedded()
    {
        using var stream = typeof(CityDefinition).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded city definition '{EmbeddedResourceName}' is missing.");
        return Load(stream);
    }

    /// <summary>Loads a definition from JSON.</summary>
    public static CityDefinition Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var definition = JsonSerializer.Deserialize<CityDefinition>(json, JsonOptions)
            ?? throw new InvalidDataException("The city definition is empty.");
        CityDefinitionValidator.Validate(definition);
        return definition;
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
