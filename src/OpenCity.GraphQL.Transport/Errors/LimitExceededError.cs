using GraphQL;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// A request refused because it passed one of the server's limits. The answer names the limit and
/// the figure in <c>extensions</c> (<c>limit</c>, <c>value</c>), so a client can ask for less.
/// </summary>
public abstract class LimitExceededError : ExecutionError
{
    protected LimitExceededError(string code, string message, double limit, double value)
        : base(message)
    {
        Code = code;
        this.AddExtension("limit", limit);
        this.AddExtension("value", value);
    }
}
