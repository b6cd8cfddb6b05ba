using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Limits;

/// <summary>An input over one of the caps: its code (INVALID_FILTER, INVALID_SORT), the cap (<c>limit</c>) and the figure (<c>value</c>).</summary>
public sealed class InputLimitError : ValidationError
{
    public InputLimitError(GraphQLDocument document, ASTNode node, string code, string message, int limit, int value)
        : base(document.Source, null!, message, node)
    {
        Code = code;
        this.AddExtension("limit", limit);
        this.AddExtension("value", value);
    }
}
