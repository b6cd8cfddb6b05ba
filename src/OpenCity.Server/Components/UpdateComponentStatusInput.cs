using OpenCity.Domain.Components;

namespace OpenCity.Server.Components;

/// <summary>The input of <c>updateComponentStatus</c>.</summary>
public sealed record UpdateComponentStatusInput(string Code, ComponentStatus Status, string? Note, long? ExpectedVersion);
