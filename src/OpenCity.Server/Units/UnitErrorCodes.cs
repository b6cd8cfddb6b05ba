namespace OpenCity.Server.Units;

/// <summary>The stable <c>extensions.code</c> values of the governance-unit fields.</summary>
public static class UnitErrorCodes
{
    /// <summary><c>boundary(simplifyMeters:)</c> was negative, not a number or over the limit.</summary>
    public const string InvalidSimplification = "INVALID_SIMPLIFICATION";
}
