using System.Security.Claims;

namespace OpenCity.Server.Auth;

/// <summary>
/// Who is calling, as the server understands it: read once from the request's authenticated user
/// (<see cref="FromPrincipal"/>), so that every policy decides on this and never on raw claims.
/// </summary>
/// <param name="Role">What the caller may do.</param>
/// <param name="DepartmentCode">An operator's department; null for anyone else.</param>
/// <param name="Subject">Who the token was issued to (for the audit trail); null when anonymous.</param>
public sealed record Caller(CallerRole Role, string? DepartmentCode, string? Subject)
{
    public static Caller Anonymous { get; } = new(CallerRole.Anonymous, null, null);

    public static Caller Admin(string subject) => new(CallerRole.Admin, null, subject);

    public static Caller Operator(string departmentCode, string subject) => new(CallerRole.Operator, departmentCode, subject);

    /// <summary>
    /// The caller a user stands for; anonymous when not authenticated. Tokens whose claims make no
    /// caller were refused during authentication (<see cref="TryRead"/>), so none is met here.
    /// </summary>
    public static Caller FromPrincipal(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && TryRead(user, out var caller, out _) ? caller : Anonymous;

    /// <summary>Reads an authenticated user's claims; false, with the reason, when they name no valid caller.</summary>
    public static bool TryRead(ClaimsPrincipal user, out Caller caller, out string reason)
    {
        caller = Anonymous;
        var subject = user.FindFirst(CallerClaims.Subject)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            reason = "the token names no subject (sub).";
            return false;
        }

        var roles = user.FindAll(CallerClaims.Role).Select(c => c.Value).ToList();
        var department = user.FindFirst(CallerClaims.Department)?.Value;
        switch (roles)
        {
            case [CallerClaims.AdminRole]:
                caller = Admin(subject);
                reason = "";
                return true;
            case [CallerClaims.OperatorRole] when department is not null && CallerClaims.DepartmentCode().IsMatch(department):
                caller = Operator(department, subject);
                reason = "";
                return true;
            case [CallerClaims.OperatorRole]:
                reason = "an operator's token must name its department (department, e.g. WATER).";
                return false;
            default:
                reason = $"the token's role must be one of {CallerClaims.OperatorRole} or {CallerClaims.AdminRole}.";
                return false;
        }
    }
}
