namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>What a generated input value is; decides how it is written as a literal and as JSON.</summary>
public enum FuzzValueKind
{
    Null,
    Int,
    Float,
    String,
    Boolean,
    Enum,
    List,
    Object,

    /// <summary>A reference to an operation variable (literals only).</summary>
    Variable,

    /// <summary>Text written as is in a document (possibly invalid), and as a JSON string in variables.</summary>
    Raw,
}
