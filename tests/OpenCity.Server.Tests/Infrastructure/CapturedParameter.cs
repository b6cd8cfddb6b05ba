using System.Data;

namespace OpenCity.Server.Tests.Infrastructure;

public sealed record CapturedParameter(string Name, object? Value, DbType Type);
