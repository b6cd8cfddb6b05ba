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

    /// <summary>Names the limit this error is about and the figure that passed it, in <c>extensions</c>.</summary>
    public DataLayerError WithLimit(double limit, double value)
    {
        this.AddExtension("limit", limit);
        this.AddExtension("value", value);
        return this;
    }
}
