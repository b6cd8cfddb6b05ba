namespace OpenCity.Server.Auth;

/// <summary>What a caller may do, from its token's <c>role</c> claim (none: anonymous).</summary>
public enum CallerRole
{
    /// <summary>No token: a public reader.</summary>
    Anonymous,

    /// <summary>Works for one department (the <c>department</c> claim) and keeps its part of the city true.</summary>
    Operator,

    /// <summary>May do everything.</summary>
    Admin,
}
