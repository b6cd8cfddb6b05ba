using OpenCity.GraphQL.Data.Mutations;

namespace OpenCity.Server.Writes;

/// <summary>The code asked for is taken already (codes are unique, whoever may see the object holding it); nothing was written.</summary>
public sealed record DuplicateCodeError(string Message, string DuplicateCode) : MutationError(Message)
{
    public const string ErrorCode = "DUPLICATE_CODE";

    public override string Code => ErrorCode;

    public static DuplicateCodeError Of(string what, string code) => new($"The code {code} is taken already: a {what} needs a code of its own.", code);
}
