namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>A GraphQL request before it is put on the wire: the document, the operation to run and the variables as JSON text.</summary>
public sealed record FuzzOperation(string Document, string? OperationName, string? VariablesJson);
