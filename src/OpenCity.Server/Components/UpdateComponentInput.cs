using System.Text.Json;
using NetTopologySuite.Geometries;
using OpenCity.Domain.Components;

namespace OpenCity.Server.Components;

/// <summary>The input of <c>updateComponent</c>: only the fields given change.</summary>
public sealed record UpdateComponentInput(
    string Code,
    long? ExpectedVersion,
    string? Name,
    ComponentStatus? Status,
    JsonElement? Attributes,
    Geometry? Geometry,
    string? OwnerCode);
