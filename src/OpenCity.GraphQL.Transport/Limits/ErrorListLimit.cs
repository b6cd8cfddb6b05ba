using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// Lists at most <see cref="GraphQLLimitsOptions.MaxErrors"/> errors in an answer and sums up the
/// rest in one last error, so a document with thousands of mistakes cannot make an answer of megabytes.
/// </summary>
public sealed class ErrorListLimit(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    private readonly int _maxErrors = options.Value.MaxErrors;

    /// <summary>Outermost: it sees every error, whichever step raised it.</summary>
    public float SortOrder => 20;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (result.Errors is { } errors && errors.Count > _maxErrors)
        {
            var kept = new ExecutionErrors();
            kept.AddRange(errors.Take(_maxErrors));
            kept.Add(new TooManyErrorsError(_maxErrors, errors.Count));
            result.Errors = kept;
        }

        return result;
    }
}
