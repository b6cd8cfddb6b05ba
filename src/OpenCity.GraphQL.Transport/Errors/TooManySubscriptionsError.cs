using GraphQL;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>
/// A subscription refused because its connection or its client already holds as many as allowed;
/// the others carry on. <c>extensions.scope</c> says which limit (<c>connection</c> or <c>client</c>).
/// </summary>
public sealed class TooManySubscriptionsError : LimitExceededError
{
    public TooManySubscriptionsError(string scope, int limit)
        : base("TOO_MANY_SUBSCRIPTIONS", $"This {scope} already holds {limit} subscriptions, the most allowed: complete one before subscribing again.", limit)
    {
        this.AddExtension("scope", scope);
    }
}
