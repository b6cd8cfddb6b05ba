using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.GraphQL.Data.Spatial;
using OpenCity.Server.Events;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Components;

/// <summary><c>updateComponent</c>.</summary>
public sealed partial class ComponentMutations
{
    private Task<MutationPayload<CityComponent>> UpdateAsync(IResolveFieldContext context, UpdateComponentInput input)
    {
        var name = input.Name is null ? null : CheckedName(input.Name);
        var geometry = input.Geometry is null ? null : CheckedGeometry(input.Geometry);
        var cancellationToken = context.CancellationToken;
        return WriteComponentAsync(context, "updateComponent", input.Code, input.ExpectedVersion, async (write, component) =>
        {
            var before = Snapshot(component);
            var oldStatus = component.Status;
            var changes = new Dictionary<string, FieldChange>();
            if (input.Status is { } status && status != component.Status)
            {
                if (Transition(component, status) is { } refused)
                {
                    return refused;
                }

                changes.Add("status", ComponentEvents.Change("status", oldStatus, status).Value);
            }

            if (name is not null && name != component.Name)
            {
                changes.Add("name", ComponentEvents.Change("name", component.Name, name).Value);
                component.Name = name;
            }

            if (input.Attributes is { } patch)
            {
                var patched = AttributesPatch.Apply(component.Attributes, patch);
                if (!JsonNode.DeepEquals(Parse(patched), Parse(component.Attributes)))
                {
                    changes.Add("attributes", ComponentEvents.Change("attributes", Parse(component.Attributes), Parse(patched)).Value);
                    component.Attributes = patched;
                }
            }

            if (input.OwnerCode is { } ownerCode && ownerCode != component.Owner?.Code)
            {
                if (await write.Db.Departments.SingleOrDefaultAsync(d => d.Code == ownerCode, cancellationToken) is not { } owner)
                {
                    return NotFoundError.Of("department", ownerCode);
                }

                changes.Add("owner", ComponentEvents.Change("owner", component.Owner?.Code, owner.Code).Value);
                (component.Owner, component.OwnerId) = (owner, owner.Id);
            }

            if (geometry is not null && !geometry.EqualsExact(component.Geometry))
            {
                if (await ComponentGrid.OfAsync(write.Db, geometry, cancellationToken) is not { } grid)
                {
                    return new OutsideCityError($"The new geometry of {component.Code} lies outside every grid of the city.");
                }

                changes.Add("geometry", ComponentEvents.Change("geometry", GeoJsonWriter.Write(component.Geometry), GeoJsonWriter.Write(geometry)).Value);
                if (grid.Id != component.GridUnitId)
                {
                    changes.Add("grid", ComponentEvents.Change("grid", component.GridUnit?.Code, grid.Code).Value);
                }

                (component.Geometry, component.GridUnit, component.GridUnitId) = (geometry, grid, grid.Id);
            }

            if (changes.Count == 0)
            {
                return null;
            }

            // As it will be: moving it out of the caller's area or giving it away needs scope there too.
            if (await policy.CanChangeComponentAsync(write.Db, write.Caller, component, cancellationToken) is { } refusal)
            {
                throw refusal;
            }

            component.Version++;
            write.Audit(EntityType, component.Code, before, Snapshot(component));
            write.Publish(ComponentEvents.Changed(component, oldStatus, write.Operation, changes));
            return null;
        });
    }

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}
