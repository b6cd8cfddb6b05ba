using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Data.Membership;
using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;
using OpenCity.Domain.Governance;
using OpenCity.Geospatial.Geodesy;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Components;

namespace OpenCity.Server.Import;

/// <summary>
/// Imports a GeoJSON FeatureCollection of components or of units. Every feature is checked
/// (geometry by the same rules as API input, properties by type, codes unique, references
/// existing) and every refused one is reported with its index and reason; only a collection
/// without a single refusal is written, in one transaction, so an import loads all or nothing.
/// Components get their grid by the same spatial join the generator uses.
/// </summary>
public sealed class GeoJsonImporter(IDbContextFactory<OpenCityDbContext> contexts)
{
    public async Task<ImportReport> ImportAsync(ImportTarget target, Stream geoJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(geoJson);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(geoJson, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
        }
        catch (JsonException exception)
        {
            return FileRejected($"not JSON ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return FileRejected("not a GeoJSON FeatureCollection (an object with \"type\": \"FeatureCollection\" and a \"features\" array)");
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return target switch
            {
                ImportTarget.Components => await ImportComponentsAsync(db, features, cancellationToken),
                ImportTarget.Units => await ImportUnitsAsync(db, features, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(target)),
            };
        }
    }

    private static ImportReport FileRejected(string reason) => new(0, [new RejectedFeature(null, null, reason)]);

    private async Task<ImportReport> ImportComponentsAsync(OpenCityDbContext db, JsonElement features, CancellationToken cancellationToken)
    {
        // Every code is taken, whether or not an anonymous reader could see its component.
        var codes = (await db.Components.IgnoreQueryFilters().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.Ordinal, cancellationToken);
        var membership = new GridMembership(await db.GovernanceUnits.Where(u => u.Level == GovernanceLevel.Grid).ToListAsync(cancellationToken));

        var (components, rejected) = Read(features, (feature, properties) =>
        {
            var code = UniqueCode(properties, codes);
            var kind = properties.OptionalEnum<ComponentKind>("kind") ?? throw new FeatureRejectedException("\"kind\" is required");
            var geometry = ReadGeometry(feature);
            if (geometry is GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon))
            {
                throw new FeatureRejectedException("geometry: a component is a point, a line or an area, not a GeometryCollection");
            }

            var owner = properties.OptionalText("owner") is { } ownerCode
                ? departments.TryGetValue(ownerCode, out var ownerId) ? ownerId : throw new FeatureRejectedException($"\"owner\": no department has the code \"{ownerCode}\"")
                : (long?)null;
            var component = new CityComponent
            {
                Code = code,
                Name = properties.RequiredText("name"),
                Kind = kind,
                Domain = properties.OptionalEnum<InfrastructureDomain>("domain") ?? ComponentKindDefaults.DomainOf(kind),
                Status = properties.OptionalEnum<ComponentStatus>("status") ?? ComponentStatus.Operational,
                InstalledOn = properties.OptionalDate("installedOn"),
                Sensitivity = properties.OptionalEnum<Sensitivity>("sensitivity") ?? ComponentKindDefaults.SensitivityOf(kind),
                OwnerId = owner,
                Geometry = geometry,
                GridUnitId = membership.GridOf(geometry) ?? throw new FeatureRejectedException("geometry: lies outside every grid of the city"),
                Attributes = properties.Attributes(),
            };
            codes.Add(code);
            return component;
        });

        if (rejected.Count > 0)
        {
            return new ImportReport(0, rejected);
        }

        db.Components.AddRange(components);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(components.Count, []);
    }

    private static async Task<ImportReport> ImportUnitsAsync(OpenCityDbContext db, JsonElement features, CancellationToken cancellationToken)
    {
        var existing = await db.GovernanceUnits.Select(u => new { u.Code, u.Id, u.Level, u.Path }).ToListAsync(cancellationToken);
        var codes = existing.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var parents = existing.ToDictionary(u => u.Code, u => (Unit: (GovernanceUnit?)null, u.Id, u.Level, u.Path), StringComparer.Ordinal);

        var (units, rejected) = Read(features, (feature, properties) =>
        {
            var code = UniqueCode(properties, codes);
            var level = properties.OptionalEnum<GovernanceLevel>("level") ?? throw new FeatureRejectedException("\"level\" is required");
            var parentCode = properties.OptionalText("parent");
            var area = ReadGeometry(feature);
            var boundary = area is Polygon or MultiPolygon
                ? RingOrientation.ToMultiPolygon(area)
                : throw new FeatureRejectedException("geometry: a unit's boundary is a Polygon or a MultiPolygon");
            var unit = new GovernanceUnit
            {
                Code = code,
                Name = properties.RequiredText("name"),
                Level = level,
                Path = string.Empty,
                Boundary = boundary,
                AreaSquareMeters = Math.Round(GeodesicArea.Of(boundary), 2),
                Centroid = RepresentativePoint.Of(boundary),
            };
            switch (level, parentCode)
            {
                case (GovernanceLevel.City, null):
                    break;
                case (GovernanceLevel.City, _):
                    throw new FeatureRejectedException("\"parent\": a city has no parent");
                case (_, null):
                    throw new FeatureRejectedException("\"parent\" is required: the code of the unit one level up");
                default:
                    var parent = parents.TryGetValue(parentCode, out var found)
                        ? found
                        : throw new FeatureRejectedException($"\"parent\": no unit has the code \"{parentCode}\" (parents come first in the file or are in the city already)");
                    if (parent.Level != level - 1)
                    {
                        throw new FeatureRejectedException($"\"parent\": \"{parentCode}\" is a {parent.Level}, not one level above a {level}");
                    }

                    (unit.Parent, unit.ParentId) = (parent.Unit, parent.Unit is null ? parent.Id : null);
                    break;
            }

            parents[code] = (unit, 0, level, string.Empty);
            codes.Add(code);
            return unit;
        });

        if (rejected.Count > 0)
        {
            return new ImportReport(0, rejected);
        }

        // A path ends with the unit's own id, which the database assigns: insert, then write the paths, in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.GovernanceUnits.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);
        var existingPaths = existing.ToDictionary(u => u.Id, u => u.Path);
        foreach (var unit in units)
        {
            var parentPath = unit.Parent?.Path ?? (unit.ParentId is { } parentId ? existingPaths[parentId] : "/");
            unit.Path = $"{parentPath}{unit.Id}/";
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportReport(units.Count, []);
    }

    /// <summary>Maps every feature, collecting the refused ones instead of stopping at the first.</summary>
    private static (List<T> Mapped, List<RejectedFeature> Rejected) Read<T>(JsonElement features, Func<JsonElement, FeatureProperties, T> map)
    {
        var mapped = new List<T>();
        var rejected = new List<RejectedFeature>();
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            string? code = null;
            try
            {
                if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                    || type.GetString() != "Feature")
                {
                    throw new FeatureRejectedException("not a GeoJSON Feature (an object with \"type\": \"Feature\")");
                }

                var properties = new FeatureProperties(feature);
                code = properties.CodeOrNull;
                mapped.Add(map(feature, properties));
            }
            catch (FeatureRejectedException exception)
            {
                rejected.Add(new RejectedFeature(index, code, exception.Message));
            }
            catch (GeoJsonError error)
            {
                rejected.Add(new RejectedFeature(index, code, $"geometry: {error.Code}: {error.Message}"));
            }

            index++;
        }

        return (mapped, rejected);
    }

    private static Geometry ReadGeometry(JsonElement feature)
    {
        var geometry = feature.TryGetProperty("geometry", out var json) && json.ValueKind == JsonValueKind.Object
            ? GeoJsonReader.Read(json, maxVertices: int.MaxValue) // real boundaries: the API's cap on input is not for imports
            : throw new FeatureRejectedException("\"geometry\" is required (a GeoJSON geometry object)");
        return geometry.IsEmpty ? throw new FeatureRejectedException("geometry: is empty (it has no position)") : geometry;
    }

    /// <summary>The feature's code, free in the city and not taken by an earlier accepted feature (the caller reserves it on acceptance).</summary>
    private static string UniqueCode(FeatureProperties properties, HashSet<string> codes)
    {
        var code = properties.RequiredText("code", maxLength: 64);
        return codes.Contains(code) ? throw new FeatureRejectedException($"\"code\": \"{code}\" is already taken") : code;
    }
}
