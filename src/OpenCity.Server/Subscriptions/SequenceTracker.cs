namespace OpenCity.Server.Subscriptions;

/// <summary>
/// One subscription's place in the city's event sequence: it sees every event, so a jump in the
/// numbers means events it never got to check (it lagged past its queue, or Redis lost them), and a
/// number already seen is a replay after a crash, dropped.
/// </summary>
internal sealed class SequenceTracker
{
    private long _last = -1;
    private long _missed;

    /// <summary>False for an event seen already; counts the events skipped before this one.</summary>
    public bool Accept(long sequence)
    {
        if (sequence <= _last)
        {
            return false;
        }

        // The first event sets the start: what came before the subscription is not missed.
        if (_last >= 0)
        {
            _missed += sequence - _last - 1;
        }

        _last = sequence;
        return true;
    }

    /// <summary>Counts an event that could not be checked (the database did not answer).</summary>
    public void Miss() => _missed++;

    /// <summary>The events missed since the previous delivery; starts counting again.</summary>
    public long TakeMissed()
    {
        var missed = _missed;
        _missed = 0;
        return missed;
    }
}
