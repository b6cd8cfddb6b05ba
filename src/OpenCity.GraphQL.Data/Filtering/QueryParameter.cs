namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>
/// Holds a client's value so that EF Core sees a captured variable and sends it as a SQL
/// parameter (one cached plan for all values) instead of inlining it as a constant.
/// </summary>
internal sealed class QueryParameter<TValue>(TValue value)
{
    public TValue Value { get; } = value;
}
