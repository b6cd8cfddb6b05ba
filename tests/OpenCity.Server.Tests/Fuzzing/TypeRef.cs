namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>A type reference as introspection gives it: a named type wrapped in lists and non-nulls.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";

    public bool IsList => Kind == "LIST";

    /// <summary>The type without its outer non-null.</summary>
    public TypeRef Nullable => IsNonNull ? OfType! : this;

    /// <summary>The named type at the bottom of the wrappers.</summary>
    public string NamedType => Name ?? OfType!.NamedType;

    /// <summary>Whether a list appears anywhere in the wrappers.</summary>
    public bool ReturnsList => IsList || OfType is { } inner && inner.ReturnsList;

    /// <summary>The type as written in a variable definition, e.g. <c>[ID!]!</c>.</summary>
    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!,
    };
}
