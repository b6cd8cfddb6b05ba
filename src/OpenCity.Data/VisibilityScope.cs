namespace OpenCity.Data;

/// <summary>
/// The visibility of the work in progress (a GraphQL operation, a subscription's event), flowing
/// with it across awaits and into DataLoader batches, so that contexts made anywhere below it filter
/// for the right reader without every call site passing it along.
/// </summary>
public sealed class VisibilityScope
{
    private readonly AsyncLocal<Visibility?> _current = new();

    /// <summary>The visibility in force; the public's when none was set.</summary>
    public Visibility Current => _current.Value ?? Visibility.Public;

    /// <summary>Runs <paramref name="work"/> and everything it awaits with <paramref name="visibility"/>.</summary>
    public async Task<T> RunAsync<T>(Visibility visibility, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);

        // Set inside this async method, so the caller's own value is untouched when it returns.
        _current.Value = visibility;
        return await work();
    }
}
