using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Ingestion;

/// <summary>Lines were refused, so nothing was stored: every refused line is counted, the first ones listed.</summary>
public sealed record IngestionRefusal(string Message, long RefusedCount, IReadOnlyList<RefusedLine> Refused) : MutationError(Message)
{
    public override string Code => IngestionCodes.Refused;
}
