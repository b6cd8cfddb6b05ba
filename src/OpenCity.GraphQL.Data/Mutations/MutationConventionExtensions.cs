using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace OpenCity.GraphQL.Data.Mutations;

/// <summary>
/// Declares mutations the way Hot Chocolate's mutation conventions shape them: one <c>input</c>
/// argument of a type named <c>{Mutation}Input</c>, and an answer <c>{Mutation}Payload</c> holding the
/// changed object and an <c>errors</c> list of the union <c>{Mutation}Error</c>, whose members are the
/// expected failures the mutation may report. Unexpected failures stay GraphQL errors.
/// </summary>
public static class MutationConventionExtensions
{
    /// <param name="mutation">The root <c>Mutation</c> type.</param>
    /// <param name="name">The mutation, e.g. <c>updateComponentStatus</c>.</param>
    /// <param name="inputType">The <c>{Mutation}Input</c> graph type, whose CLR type is <typeparamref name="TInput"/>.</param>
    /// <param name="value">The payload's field for the changed object: its name, graph type and description.</param>
    /// <param name="errorTypes">The <see cref="MutationErrorType{TError}"/> graph types this mutation may report.</param>
    /// <param name="resolve">The mutation itself.</param>
    public static FieldBuilder<object?, object> Mutation<TInput, TValue>(
        this ObjectGraphType mutation,
        string name,
        Type inputType,
        (string Name, Type GraphType, string Description) value,
        IReadOnlyList<Type> errorTypes,
        Func<IResolveFieldContext, TInput, Task<MutationPayload<TValue>>> resolve)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(resolve);
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errorUnion = new UnionGraphType
        {
            Name = $"{typeName}Error",
            Description = $"What may stop `{name}`; each kind carries its own details.",
        };
        foreach (var errorType in errorTypes)
        {
            errorUnion.Type(errorType);
        }

        var payload = new ObjectGraphType<MutationPayload<TValue>>
        {
            Name = $"{typeName}Payload",
            Description = $"The answer of `{name}`: the changed object, or why nothing changed.",
        };
        payload.Field(value.Name, value.GraphType).Description(value.Description).Resolve(ctx => ctx.Source.Value);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errorUnion)))
            .Description("Why nothing changed; empty when the change was made.")
            .Resolve(ctx => ctx.Source.Errors.Count == 0 ? null : ctx.Source.Errors);

        return mutation.Field(name, new NonNullGraphType(payload))
            .Argument(typeof(NonNullGraphType<>).MakeGenericType(inputType), "input", argument => argument.Description = "What to change.")
            .ResolveAsync(async ctx => await resolve(ctx, ctx.GetArgument<TInput>("input")));
    }
}
