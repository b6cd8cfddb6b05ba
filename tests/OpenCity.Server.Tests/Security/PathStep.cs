using GraphQL.Types;

namespace OpenCity.Server.Tests.Security;

/// <summary>One field on the way to sensitive data: the type it is on, the field, and the object type taken behind an interface.</summary>
internal sealed record PathStep(string ParentType, FieldType Field, string? Through)
{
    public string Name => $"{ParentType}.{Field.Name}";
}
