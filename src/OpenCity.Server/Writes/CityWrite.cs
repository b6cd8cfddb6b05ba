using OpenCity.Data;
using OpenCity.Domain.Auditing;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;

namespace OpenCity.Server.Writes;

/// <summary>
/// One mutation's unit of work inside <see cref="CityWriter.WriteAsync{T}"/>: a tracking context in an
/// open transaction, the caller, the time of the write, and the audit entries and events the work
/// declares; the writer stores them with the change, in the same transaction.
/// </summary>
public sealed class CityWrite
{
    private readonly List<AuditEntry> _audit = [];
    private readonly List<(string Type, object Event)> _events = [];

    internal CityWrite(OpenCityDbContext db, Caller caller, string operation, DateTime now)
    {
        Db = db;
        Caller = caller;
        Operation = operation;
        Now = now;
    }

    /// <summary>Tracks what it reads; sees what the caller may see.</summary>
    public OpenCityDbContext Db { get; }

    public Caller Caller { get; }

    /// <summary>The mutation, e.g. <c>updateComponentStatus</c>.</summary>
    public string Operation { get; }

    /// <summary>The time of the write (UTC), the same for everything it stamps.</summary>
    public DateTime Now { get; }

    internal IReadOnlyList<AuditEntry> AuditEntries => _audit;

    internal IReadOnlyList<(string Type, object Event)> Events => _events;

    /// <summary>Records the change of one object: its values before (null when created) and after (null when removed).</summary>
    public void Audit(string entityType, string entityCode, object? before, object? after) =>
        _audit.Add(new AuditEntry
        {
            OccurredAt = Now,
            Subject = Caller.Subject ?? "anonymous",
            Role = Caller.Role.ToString().ToLowerInvariant(),
            DepartmentCode = Caller.DepartmentCode,
            Operation = Operation,
            EntityType = entityType,
            EntityCode = entityCode,
            Before = before is null ? null : EventJson.ToElement(before).GetRawText(),
            After = after is null ? null : EventJson.ToElement(after).GetRawText(),
        });

    /// <summary>Declares an event of this change; it reaches subscribers only if the change commits.</summary>
    public void Publish<TEvent>(TEvent change)
        where TEvent : ICityEvent =>
        _events.Add((TEvent.Type, change));
}
