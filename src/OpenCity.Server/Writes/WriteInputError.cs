using GraphQL;

namespace OpenCity.Server.Writes;

/// <summary>
/// A mutation's input that no state of the city could accept (an empty name, a reading that is not
/// a number): a GraphQL error with a stable code, thrown before anything is written.
/// </summary>
public sealed class WriteInputError : ExecutionError
{
    /// <summary>A value out of what the field takes, as GraphQL.NET itself reports bad values.</summary>
    public const string InvalidValue = "INVALID_VALUE";

    public WriteInputError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public static WriteInputError Invalid(string message) => new(InvalidValue, message);
}
