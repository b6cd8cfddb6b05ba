using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Components;

namespace OpenCity.Server.Components;

/// <summary>The input of <c>createComponent</c>.</summary>
public sealed record CreateComponentInput(
    string Code,
    string Name,
    ComponentKind Kind,
    ComponentStatus? Status,
    Geometry Geometry,
    DateOnly? InstalledOn,
    JsonElement? Attributes,
    string? OwnerCode,
    Sensitivity? Sensitivity);
