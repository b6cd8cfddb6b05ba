namespace OpenCity.GraphQL.Transport.Errors;

/// <summary>The document's text nests deeper than the parser accepts (selection sets, lists or objects inside each other).</summary>
public sealed class QueryTooDeepError(int maxNesting)
    : LimitExceededError(
        "QUERY_TOO_DEEP",
        $"The document nests selections, lists or objects more than {maxNesting} levels deep. Ask for less nested data, or split the query.",
        maxNesting);
