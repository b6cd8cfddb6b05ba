namespace OpenCity.Server.Import;

/// <summary>What a GeoJSON FeatureCollection holds.</summary>
public enum ImportTarget
{
    /// <summary>Physical assets, one per feature.</summary>
    Components,

    /// <summary>Administrative areas, one per feature, parents before or already in the database.</summary>
    Units,
}
