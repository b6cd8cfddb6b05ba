using OpenCity.Domain.Datasets;

namespace OpenCity.Data.Seeding;

/// <summary>One open-data metadata row per published collection, as listed in the definition.</summary>
internal static class DatasetBuilder
{
    public static IReadOnlyList<Dataset> Build(CityDefinition definition) =>
        [.. definition.Datasets.Select((d, i) => new Dataset
        {
            Id = i + 1,
            Code = d.Code,
            Title = $"{definition.Name}: {d.Title}",
            Description = d.Description,
            Publisher = definition.Publisher,
            Licence = definition.Licence,
            UpdateFrequency = d.UpdateFrequency,
            LastUpdated = definition.ReferenceTime,
            Keywords = [.. d.Keywords],
        })];
}
