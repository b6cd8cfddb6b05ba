using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>A filter over one of the size caps: INVALID_FILTER with the cap (<c>limit</c>) and the figure (<c>value</c>).</summary>
public sealed class FilterLimitError : ValidationError
{
    public FilterLimitError(GraphQLDocument document, ASTNode node, string message, int limit, int value)
        : base(document.Source, null!, message, node)
    {
        Code = FilterErrorCodes.InvalidFilter;
        this.AddExtension("limit", limit);
        this.AddExtension("value", value);
    }
}
