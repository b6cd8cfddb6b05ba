namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// What one request may ask of the server, whatever the schema: the size of its document, the time
/// and parallelism of its execution, the size of its answer, and how many run at once. Bound from
/// <c>OpenCity:GraphQL:Limits</c>; every refusal names the limit it hit.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "OpenCity:GraphQL:Limits";

    /// <summary>How deeply the document's text may nest (selection sets, list and object literals), checked while parsing.</summary>
    public int MaxNesting { get; set; } = 64;

    /// <summary>How many fields one document may select, counting every occurrence in its text (fragments included).</summary>
    public int MaxFields { get; set; } = 1000;

    /// <summary>How many aliased fields one document may hold.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>How many fragment definitions one document may hold.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>How many parts one document may hold in all: definitions, selections, fragment spreads, arguments, directives and variable definitions.</summary>
    public int MaxNodes { get; set; } = 2500;

    /// <summary>How many errors one answer lists; the rest are summed up in one last error.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>The largest answer the server writes, in bytes (JSON as sent).</summary>
    public long MaxResultBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long one operation may run before its work is stopped.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many operations run at once in this process; more wait in a queue.</summary>
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>How many operations may wait for a turn; more are refused at once.</summary>
    public int MaxQueuedRequests { get; set; } = 64;

    /// <summary>How long an operation waits for a turn before it is refused as SERVER_BUSY.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many fields of one operation resolve in parallel (and so how much database work one request does at once).</summary>
    public int MaxParallelResolvers { get; set; } = 4;
}
