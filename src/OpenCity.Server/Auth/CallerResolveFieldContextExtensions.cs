using GraphQL;

namespace OpenCity.Server.Auth;

/// <summary>Gives resolvers the request's caller, from the user the transport passes in <see cref="ExecutionOptions.User"/>.</summary>
public static class CallerResolveFieldContextExtensions
{
    public static Caller GetCaller(this IResolveFieldContext context) => Caller.FromPrincipal(context.User);
}
