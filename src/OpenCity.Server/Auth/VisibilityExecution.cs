using GraphQL;
using GraphQL.DI;
using OpenCity.Data;

namespace OpenCity.Server.Auth;

/// <summary>Runs each operation with its caller's visibility (<see cref="CityPolicy.VisibilityOf"/>), so every database read it makes is filtered for that caller.</summary>
public sealed class VisibilityExecution(VisibilityScope scope, CityPolicy policy) : IConfigureExecution
{
    public float SortOrder => 0;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        return scope.RunAsync(policy.VisibilityOf(Caller.FromPrincipal(options.User)), () => next(options));
    }
}
