using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// Parses a document the cache does not hold, within the nesting limit, and refuses documents with
/// more fields or aliases than allowed before validation sees them: validating a document costs time
/// that grows faster than its size (overlapping fields are compared in pairs), so size is checked first.
/// Syntax errors are left to the engine, which reports them as usual.
/// </summary>
public sealed class DocumentParsing(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    private readonly GraphQLLimitsOptions _limits = options.Value;

    /// <summary>After the document cache (200): only documents it does not hold are parsed here.</summary>
    public float SortOrder => 250;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || string.IsNullOrEmpty(options.Query))
        {
            return next(options);
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(options.Query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = _limits.MaxNesting });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Task.FromResult(new ExecutionResult(new QueryTooDeepError(_limits.MaxNesting)));
        }
        catch (GraphQLSyntaxErrorException)
        {
            return next(options);
        }

        var size = DocumentSize.Of(document);
        if (size.Fields > _limits.MaxFields)
        {
            return Task.FromResult(new ExecutionResult(new DocumentTooLargeError("field selections", _limits.MaxFields, size.Fields)));
        }

        if (size.Aliases > _limits.MaxAliases)
        {
            return Task.FromResult(new ExecutionResult(new DocumentTooLargeError("aliased fields", _limits.MaxAliases, size.Aliases)));
        }

        options.Document = document;
        return next(options);
    }
}
