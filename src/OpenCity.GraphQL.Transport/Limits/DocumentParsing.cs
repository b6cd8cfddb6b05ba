using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// Parses a document the cache does not hold, within the nesting limit, and refuses documents with
/// more fields, aliases, fragments or parts in all than allowed before validation sees them:
/// validating a document costs time that grows faster than its size (overlapping fields are
/// compared in pairs, fragment spreads followed through each other), so size is checked first.
/// Syntax errors are reported here, with their place in the client's text.
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

        var text = DocumentText.ForParser(options.Query);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = _limits.MaxNesting });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Task.FromResult(new ExecutionResult(new QueryTooDeepError(_limits.MaxNesting)));
        }
        catch (GraphQLSyntaxErrorException exception)
        {
            return Task.FromResult(new ExecutionResult(new DocumentSyntaxError(exception.Description, DocumentText.InOriginal(options.Query, text, exception.Location))));
        }
        catch (Exception exception) when (exception is not GraphQLParserException and not OutOfMemoryException)
        {
            // The parser failing on text it should have refused is still a document it cannot read.
            return Task.FromResult(new ExecutionResult(new DocumentSyntaxError("the document cannot be read.", null)));
        }

        if (OutputTypedVariableWithDefault(document, options.Schema) is { } error)
        {
            return Task.FromResult(new ExecutionResult(error));
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

        if (size.Fragments > _limits.MaxFragments)
        {
            return Task.FromResult(new ExecutionResult(new DocumentTooLargeError("fragment definitions", _limits.MaxFragments, size.Fragments)));
        }

        if (size.Nodes > _limits.MaxNodes)
        {
            return Task.FromResult(new ExecutionResult(new DocumentTooLargeError(
                "parts (fields, fragments and their spreads, arguments, directives, variables)", _limits.MaxNodes, size.Nodes)));
        }

        options.Document = document;
        return next(options);
    }

    /// <summary>
    /// A variable of an output type with a default value (<c>query ($v: Node = 1)</c>) makes the
    /// engine's validation throw rather than report; it is refused here as validation would.
    /// </summary>
    private static ExecutionError? OutputTypedVariableWithDefault(GraphQLDocument document, ISchema? schema)
    {
        foreach (var variable in document.Definitions.OfType<GraphQLOperationDefinition>().SelectMany(o => o.Variables?.Items ?? []))
        {
            var type = variable.Type;
            while (type is not GraphQLNamedType)
            {
                type = type is GraphQLNonNullType nonNull ? nonNull.Type : ((GraphQLListType)type).Type;
            }

            var name = ((GraphQLNamedType)type).Name.StringValue;
            if (variable.DefaultValue is not null && schema?.AllTypes[name] is { } graphType
                && graphType is not (ScalarGraphType or EnumerationGraphType or IInputObjectGraphType))
            {
                return new ExecutionError($"Variable '${variable.Variable.Name.StringValue}' cannot be of type '{name}': variables take input types (scalars, enums, input objects).")
                {
                    Code = "VARIABLES_ARE_INPUT_TYPES",
                };
            }
        }

        return null;
    }
}
