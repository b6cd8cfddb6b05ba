namespace OpenCity.GraphQL.Data.Mutations;

/// <summary>What a mutation answers: the changed object, or the expected failures that stopped it (nothing was written then).</summary>
public sealed record MutationPayload<T>(T? Value, IReadOnlyList<MutationError> Errors)
{
    public static MutationPayload<T> Success(T value) => new(value, []);

    public static MutationPayload<T> Failure(MutationError error) => new(default, [error]);

    public bool Failed => Errors.Count > 0;
}
