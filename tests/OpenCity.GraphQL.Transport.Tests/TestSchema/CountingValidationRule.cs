using GraphQL.Validation;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

/// <summary>A full-validation rule that counts the documents it sees, to show which requests were validated in full.</summary>
public sealed class CountingValidationRule : ValidationRuleBase
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        Interlocked.Increment(ref _runs);
        return default;
    }
}
