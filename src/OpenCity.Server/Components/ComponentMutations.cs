using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;
using OpenCity.Server.Schema;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Components;

/// <summary>Root mutations that keep the city's assets true.</summary>
public sealed class ComponentMutations(CityWriter writer, CityPolicy policy) : IMutationFields
{
    /// <summary>The audit trail's name for components.</summary>
    public const string EntityType = "CityComponent";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<UpdateComponentStatusInput, CityComponent>(
                "updateComponentStatus",
                typeof(UpdateComponentStatusInputType),
                ("component", typeof(CityComponentType), "The asset as it is now."),
                [typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidTransitionErrorType)],
                UpdateStatusAsync)
            .Description("Records an asset's new state (failed, repaired, under maintenance …). Needs an operator of its department, or an admin.");
    }

    private Task<MutationPayload<CityComponent>> UpdateStatusAsync(IResolveFieldContext context, UpdateComponentStatusInput input) =>
        WriteComponentAsync(context, "updateComponentStatus", input.Code, input.ExpectedVersion, (write, component) =>
        {
            var old = component.Status;
            if (old == ComponentStatus.Retired && input.Status != ComponentStatus.Retired)
            {
                return Task.FromResult<MutationError?>(new InvalidTransitionError(
                    $"{component.Code} is retired; a retired asset does not come back (create a new one).", old.ToString(), input.Status.ToString()));
            }

            if (old == input.Status)
            {
                return Task.FromResult<MutationError?>(null);
            }

            component.Status = input.Status;
            component.Version++;
            write.Audit(EntityType, component.Code, new { status = old }, new { status = input.Status, input.Note });
            write.Publish(ComponentEvents.Changed(component, old, write.Operation, new Dictionary<string, FieldChange>([ComponentEvents.Change("status", old, input.Status)])));
            return Task.FromResult<MutationError?>(null);
        });

    /// <summary>
    /// The frame of every change to one existing component: a token, the component (one the caller
    /// can see), the policy, the expected version; then <paramref name="change"/>, which answers an
    /// expected failure or null once it has changed the component.
    /// </summary>
    private async Task<MutationPayload<CityComponent>> WriteComponentAsync(
        IResolveFieldContext context, string operation, string code, long? expectedVersion, Func<CityWrite, CityComponent, Task<MutationError?>> change)
    {
        var caller = context.GetCaller();
        if (policy.RequireStaff(caller) is { } unauthenticated)
        {
            throw unauthenticated;
        }

        return await writer.WriteAsync(caller, operation, async write =>
        {
            var component = await write.Db.Components.Include(c => c.Owner).Include(c => c.GridUnit)
                .SingleOrDefaultAsync(c => c.Code == code, context.CancellationToken);
            if (component is null)
            {
                return MutationPayload<CityComponent>.Failure(NotFoundError.Of("component", code));
            }

            if (await policy.CanChangeComponentAsync(write.Db, caller, component, context.CancellationToken) is { } refusal)
            {
                throw refusal;
            }

            if (expectedVersion is { } expected && expected != component.Version)
            {
                return MutationPayload<CityComponent>.Failure(ConflictError.Stale($"Component {code}", expected, component.Version));
            }

            return await change(write, component) is { } failure
                ? MutationPayload<CityComponent>.Failure(failure)
                : MutationPayload<CityComponent>.Success(component);
        }, context.CancellationToken);
    }
}
