using GraphQL.Validation;
using GraphQLParser.AST;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Http;

/// <summary>
/// Rejects the operations a single HTTP request cannot carry: mutations over GET, subscriptions over
/// any plain request. A validation rule (not a transport check) because only the engine knows which
/// operation of the document runs; it is also installed for cached documents. A request answered
/// with an event stream (<paramref name="allowsSubscriptions"/>) can carry a subscription.
/// </summary>
public sealed class HttpOperationTypeValidationRule(bool isGet, bool allowsSubscriptions = false) : ValidationRuleBase
{
    public static HttpOperationTypeValidationRule Get { get; } = new(isGet: true);

    public static HttpOperationTypeValidationRule Post { get; } = new(isGet: false);

    /// <summary>GET answered with an event stream: subscriptions and queries, still no mutations.</summary>
    public static HttpOperationTypeValidationRule EventStreamGet { get; } = new(isGet: true, allowsSubscriptions: true);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription && !allowsSubscriptions)
        {
            context.ReportError(new SubscriptionOverHttpError(context.Document.Source, operation));
        }
        else if (isGet && operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new MutationOverGetError(context.Document.Source, operation));
        }

        return default;
    }
}
