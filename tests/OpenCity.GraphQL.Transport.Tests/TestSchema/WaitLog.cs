using System.Collections.Concurrent;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

/// <summary>What the <c>wait</c> field saw, per tag: that it started, and whether it ran out or was cancelled.</summary>
public sealed class WaitLog
{
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Started, TaskCompletionSource<bool> Cancelled)> _waits = new();

    public Task Started(string tag) => Entry(tag).Started.Task;

    /// <summary>Completes when the wait ended: true when it was cancelled, false when it ran its full time.</summary>
    public Task<bool> Ended(string tag) => Entry(tag).Cancelled.Task;

    internal void Start(string tag) => Entry(tag).Started.TrySetResult();

    internal void End(string tag, bool cancelled) => Entry(tag).Cancelled.TrySetResult(cancelled);

    private (TaskCompletionSource Started, TaskCompletionSource<bool> Cancelled) Entry(string tag) =>
        _waits.GetOrAdd(tag, _ => (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)));
}
