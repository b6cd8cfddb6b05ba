using System.Globalization;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// An operation refused before it ran because its estimate passes a limit: QUERY_TOO_COMPLEX (cost,
/// result size) or QUERY_TOO_DEEP (nesting). The figure and the limit are in <c>extensions</c>
/// (<c>value</c>, <c>limit</c>) and in the message.
/// </summary>
public sealed class QueryLimitError : ValidationError
{
    public const string TooComplex = "QUERY_TOO_COMPLEX";
    public const string TooDeep = "QUERY_TOO_DEEP";

    public QueryLimitError(GraphQLDocument document, GraphQLOperationDefinition operation, string code, string message, double limit, double value)
        : base(document.Source, null!, message, operation)
    {
        Code = code;
        this.AddExtension("limit", limit);
        this.AddExtension("value", value);
    }

    /// <summary>A figure as the messages write it: whole, with thousands separated.</summary>
    public static string Figure(double value) => double.IsFinite(value) && value < 1e15
        ? Math.Ceiling(value).ToString("N0", CultureInfo.InvariantCulture)
        : "more than 10^15";
}
