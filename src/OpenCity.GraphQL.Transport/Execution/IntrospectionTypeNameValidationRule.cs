using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Transport.Execution;

/// <summary>
/// Refuses <c>__type(name: "")</c> during validation: the engine's schema lookup throws on an empty
/// name, which would otherwise reach the client as an INTERNAL_ERROR for its own mistake.
/// </summary>
public sealed class IntrospectionTypeNameValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.StringValue == "__type"
                && ctx.ArgumentValues?.TryGetValue(field, out var arguments) == true
                && arguments.TryGetValue("name", out var name)
                && name.Value is string { Length: 0 })
            {
                ctx.ReportError(new ValidationError(ctx.Document.Source, null!, "`__type(name:)` needs the name of a type, e.g. `__type(name: \"Query\")`.", field)
                {
                    Code = "INVALID_VALUE",
                });
            }
        }));
}
