namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>An argument of a field, or a field of an input object.</summary>
public sealed record SchemaInputValue(string Name, TypeRef Type);
