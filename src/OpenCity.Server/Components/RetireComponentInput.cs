namespace OpenCity.Server.Components;

/// <summary>The input of <c>retireComponent</c>.</summary>
public sealed record RetireComponentInput(string Code, long? ExpectedVersion, string? Note);
