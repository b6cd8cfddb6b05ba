using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using OpenCity.Data;
using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;
using OpenCity.Server.Schema;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Components;

/// <summary>Root mutations that keep the city's assets true: create, change, change the state of, and retire them.</summary>
public sealed partial class ComponentMutations(CityWriter writer, CityPolicy policy, IDbContextFactory<OpenCityDbContext> contexts) : IMutationFields
{
    /// <summary>The audit trail's name for components.</summary>
    public const string EntityType = "CityComponent";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateComponentInput, CityComponent>(
                "createComponent",
                typeof(CreateComponentInputType),
                ("component", typeof(CityComponentType), "The new asset."),
                [typeof(DuplicateCodeErrorType), typeof(NotFoundErrorType), typeof(OutsideCityErrorType)],
                CreateAsync)
            .Description("Adds an asset to the city. Needs an operator of the department that will own it, or of a department responsible for its place and network, or an admin.");
        mutation.Mutation<UpdateComponentInput, CityComponent>(
                "updateComponent",
                typeof(UpdateComponentInputType),
                ("component", typeof(CityComponentType), "The asset as it is now."),
                [typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidTransitionErrorType), typeof(OutsideCityErrorType)],
                UpdateAsync)
            .Description("Changes an asset's name, state, attributes, place or owner; what is left out stays. Needs the right to change it both as it is and as it will be (moving it elsewhere or giving it to another department needs both).");
        mutation.Mutation<UpdateComponentStatusInput, CityComponent>(
                "updateComponentStatus",
                typeof(UpdateComponentStatusInputType),
                ("component", typeof(CityComponentType), "The asset as it is now."),
                [typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidTransitionErrorType)],
                UpdateStatusAsync)
            .Description("Records an asset's new state (failed, repaired, under maintenance …). Needs an operator of its department, or an admin.");
        mutation.Mutation<RetireComponentInput, CityComponent>(
                "retireComponent",
                typeof(RetireComponentInputType),
                ("component", typeof(CityComponentType), "The asset, now retired."),
                [typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidTransitionErrorType)],
                RetireAsync)
            .Description("Takes an asset out of service for good (its state becomes `RETIRED`; it stays on record). Needs an operator of its department, or an admin.");
    }

    private Task<MutationPayload<CityComponent>> UpdateStatusAsync(IResolveFieldContext context, UpdateComponentStatusInput input) =>
        WriteComponentAsync(context, "updateComponentStatus", input.Code, input.ExpectedVersion, (write, component) =>
        {
            if (component.Status == input.Status)
            {
                return Task.FromResult<MutationError?>(null);
            }

            var old = component.Status;
            if (Transition(component, input.Status) is { } refused)
            {
                return Task.FromResult<MutationError?>(refused);
            }

            component.Version++;
            write.Audit(EntityType, component.Code, new { status = old }, new { status = input.Status, input.Note });
            write.Publish(ComponentEvents.Changed(component, old, write.Operation, new Dictionary<string, FieldChange>([ComponentEvents.Change("status", old, input.Status)])));
            return Task.FromResult<MutationError?>(null);
        });

    private Task<MutationPayload<CityComponent>> RetireAsync(IResolveFieldContext context, RetireComponentInput input) =>
        WriteComponentAsync(context, "retireComponent", input.Code, input.ExpectedVersion, (write, component) =>
        {
            var old = component.Status;
            if (old == ComponentStatus.Retired)
            {
                return Task.FromResult<MutationError?>(new InvalidTransitionError($"{component.Code} is retired already.", old.ToString(), ComponentStatus.Retired.ToString()));
            }

            component.Status = ComponentStatus.Retired;
            component.Version++;
            write.Audit(EntityType, component.Code, new { status = old }, new { status = ComponentStatus.Retired, input.Note });
            write.Publish(ComponentEvents.Changed(component, old, write.Operation, new Dictionary<string, FieldChange>([ComponentEvents.Change("status", old, ComponentStatus.Retired)])));
            return Task.FromResult<MutationError?>(null);
        });

    /// <summary>Sets the state, unless the asset is retired: a retired asset does not come back (create a new one).</summary>
    private static InvalidTransitionError? Transition(CityComponent component, ComponentStatus status)
    {
        if (component.Status == ComponentStatus.Retired && status != ComponentStatus.Retired)
        {
            return new InvalidTransitionError(
                $"{component.Code} is retired; a retired asset does not come back (create a new one).", component.Status.ToString(), status.ToString());
        }

        component.Status = status;
        return null;
    }

    /// <summary>The values the audit trail keeps of a component, before and after a change.</summary>
    private static object Snapshot(CityComponent component) => new
    {
        component.Name,
        component.Kind,
        component.Domain,
        component.Status,
        Owner = component.Owner?.Code,
        Grid = component.GridUnit?.Code,
        component.Sensitivity,
        component.InstalledOn,
        Attributes = component.Attributes is null ? null : JsonNode.Parse(component.Attributes),
        Geometry = GeoJsonWriter.Write(component.Geometry),
    };

    private static string CheckedName(string name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > 200
            ? throw WriteInputError.Invalid("`name` must be 1 to 200 characters, not only spaces.")
            : name;

    private static Geometry CheckedGeometry(Geometry geometry) => geometry switch
    {
        { IsEmpty: true } => throw WriteInputError.Invalid("`geometry` is empty (it has no position)."),
        GeometryCollection and not (MultiPoint or MultiLineString or MultiPolygon) =>
            throw WriteInputError.Invalid("`geometry`: an asset is a point, a line or an area, not a GeometryCollection."),
        _ => geometry,
    };

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
