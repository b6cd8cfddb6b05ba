using GraphQL;

namespace OpenCity.GraphQL.Data.Errors;

/// <summary>A client's mistake in data arguments, reported as a GraphQL error with a stable code.</summary>
public sealed class DataLayerError : ExecutionError
{
    public DataLayerError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
