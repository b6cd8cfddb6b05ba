using GraphQL;
using GraphQLParser;

namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The document is not GraphQL: where the parser stopped, and why.</summary>
public sealed class DocumentSyntaxError : ExecutionError
{
    public DocumentSyntaxError(string description, Location? location)
        : base($"Error parsing query: {description}")
    {
        Code = "SYNTAX_ERROR";
        if (location is { } place)
        {
            AddLocation(place);
        }
    }
}
