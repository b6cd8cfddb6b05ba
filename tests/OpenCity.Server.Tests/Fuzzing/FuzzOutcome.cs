namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// One request of the run, its answer, what the oracle found wrong with it (nothing when it
/// passed) and the exceptions the server logged while answering it.
/// </summary>
public sealed record FuzzOutcome(int Index, int Seed, FuzzRequest Request, FuzzResponse Response, IReadOnlyList<FuzzProblem> Problems, IReadOnlyList<string> Codes, IReadOnlyList<string> ServerLog)
{
    public bool Failed => Problems.Count > 0;
}
