using System.Text.RegularExpressions;

namespace OpenCity.Server.Auth;

/// <summary>The claims an OpenCity token carries, as named in the token (JWT claim names, not mapped).</summary>
public static partial class CallerClaims
{
    /// <summary>Who the token was issued to.</summary>
    public const string Subject = "sub";

    /// <summary><see cref="OperatorRole"/> or <see cref="AdminRole"/>.</summary>
    public const string Role = "role";

    /// <summary>An operator's department code, e.g. <c>WATER</c>.</summary>
    public const string Department = "department";

    public const string OperatorRole = "operator";

    public const string AdminRole = "admin";

    /// <summary>A department code as the city writes them: upper-case letters, digits, <c>_</c> or <c>-</c>, starting with a letter.</summary>
    [GeneratedRegex("^[A-Z][A-Z0-9_-]{0,31}$", RegexOptions.CultureInvariant)]
    public static partial Regex DepartmentCode();
}
