namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>A field of an object or interface type, with its arguments.</summary>
public sealed record SchemaField(string Name, TypeRef Type, IReadOnlyList<SchemaInputValue> Arguments);
