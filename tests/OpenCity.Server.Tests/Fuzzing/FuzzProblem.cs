namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>
/// Something the oracle found wrong with an answer: a short cause that failures are grouped by
/// (e.g. <c>HTTP 500</c>, <c>INTERNAL_ERROR</c>, <c>exception details exposed (INVALID_CURSOR)</c>)
/// and the particulars.
/// </summary>
public sealed record FuzzProblem(string Cause, string Detail)
{
    public override string ToString() => Detail.Length == 0 ? Cause : $"{Cause}: {Detail}";
}
