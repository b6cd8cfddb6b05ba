namespace OpenCity.Server.Tests.Queries;

/// <summary>A <c>where</c> value as sent to the server, and what it means in LINQ-to-Objects.</summary>
internal sealed record OracleFilter<T>(Dictionary<string, object?> Input, Func<T, bool> Matches)
{
    public static OracleFilter<T> Operation(string field, string operation, object? value, Func<T, bool> matches) =>
        new(new() { [field] = new Dictionary<string, object?> { [operation] = value } }, matches);

    public static OracleFilter<T> And(params OracleFilter<T>[] filters) =>
        new(new() { ["and"] = filters.Select(f => f.Input).ToList() }, row => filters.All(f => f.Matches(row)));

    public static OracleFilter<T> Or(params OracleFilter<T>[] filters) =>
        new(new() { ["or"] = filters.Select(f => f.Input).ToList() }, row => filters.Any(f => f.Matches(row)));

    /// <summary>Both filters' fields in one object, which means "all of them"; null when a field is repeated.</summary>
    public static OracleFilter<T>? Merge(OracleFilter<T> left, OracleFilter<T> right) =>
        left.Input.Keys.Intersect(right.Input.Keys).Any()
            ? null
            : new(left.Input.Concat(right.Input).ToDictionary(), row => left.Matches(row) && right.Matches(row));

    /// <summary>The same conditions under a related object: <c>owner: { … }</c> keeps rows that have one matching them.</summary>
    public OracleFilter<TParent> Under<TParent>(string field, Func<TParent, T?> related) =>
        new(new() { [field] = Input }, row => related(row) is { } value && Matches(value));
}
