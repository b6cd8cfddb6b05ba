namespace OpenCity.Server.Writes;

/// <summary>The PostgreSQL advisory lock keys of the write side, side by side so that no two share one by mistake.</summary>
public static class AdvisoryLockKeys
{
    /// <summary>Held by a writer from numbering its outbox events to its commit (sequence order = commit order).</summary>
    public const long OutboxNumbering = 5725458924139996229;

    /// <summary>Tried by the outbox dispatcher each round, so one instance dispatches at a time.</summary>
    public const long OutboxDispatch = 5725458924139996230;

    /// <summary>Held by a citizen's submission, so numbering and the duplicate search see every earlier one.</summary>
    public const long ServiceRequestIntake = 5725458924139996231;
}
