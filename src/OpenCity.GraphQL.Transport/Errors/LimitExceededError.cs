using GraphQL;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// A request refused because it passed one of the server's limits. The answer names the limit and
/// the figure in <c>extensions</c> (<c>limit</c>, and <c>value</c> where the figure is known: a
/// parser or a writer that stops at the limit never learns how far past it the request would go),
/// so a client can ask for less.
/// </summary>
public abstract class LimitExceededError : ExecutionError
{
    protected LimitExceededError(string code, string message, double limit, double? value = null)
        : base(message)
    {
        Code = code;
        this.AddExtension("limit", limit);
        if (value is not null)
        {
            this.AddExtension("value", value);
        }
    }
}
