using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenCity.Domain.Components;
using OpenCity.Domain.Departments;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Events;
using OpenCity.Server.Writes;

namespace OpenCity.Server.Components;

/// <summary><c>createComponent</c>.</summary>
public sealed partial class ComponentMutations
{
    private async Task<MutationPayload<CityComponent>> CreateAsync(IResolveFieldContext context, CreateComponentInput input)
    {
        var caller = context.GetCaller();
        if (policy.RequireStaff(caller) is { } unauthenticated)
        {
            throw unauthenticated;
        }

        var code = string.IsNullOrWhiteSpace(input.Code) || input.Code.Length > 64 || input.Code.Trim() != input.Code
            ? throw WriteInputError.Invalid("`code` must be 1 to 64 characters, without spaces at either end.")
            : input.Code;
        var name = CheckedName(input.Name);
        var geometry = CheckedGeometry(input.Geometry);
        var attributes = AttributesPatch.Whole(input.Attributes);
        var ownerCode = input.OwnerCode ?? caller.DepartmentCode;
        var cancellationToken = context.CancellationToken;
        try
        {
            return await writer.WriteAsync(caller, "createComponent", async write =>
            {
                Department? owner = null;
                if (ownerCode is not null && (owner = await write.Db.Departments.SingleOrDefaultAsync(d => d.Code == ownerCode, cancellationToken)) is null)
                {
                    return MutationPayload<CityComponent>.Failure(NotFoundError.Of("department", ownerCode));
                }

                var component = new CityComponent
                {
                    Code = code,
                    Name = name,
                    Kind = input.Kind,
                    Domain = ComponentKindDefaults.DomainOf(input.Kind),
                    Status = input.Status ?? ComponentStatus.Operational,
                    Geometry = geometry,
                    InstalledOn = input.InstalledOn,
                    Attributes = attributes,
                    Owner = owner,
                    OwnerId = owner?.Id,
                    Sensitivity = input.Sensitivity ?? ComponentKindDefaults.SensitivityOf(input.Kind),
                };

                // An operator creates only what it could change afterwards.
                if (await policy.CanChangeComponentAsync(write.Db, caller, component, cancellationToken) is { } refusal)
                {
                    throw refusal;
                }

                // Every code is taken, whether or not the caller may see its component.
                if (await write.Db.Components.IgnoreQueryFilters().AnyAsync(c => c.Code == code, cancellationToken))
                {
                    return MutationPayload<CityComponent>.Failure(DuplicateCodeError.Of("component", code));
                }

                if (await ComponentGrid.OfAsync(write.Db, geometry, cancellationToken) is not { } grid)
                {
                    return MutationPayload<CityComponent>.Failure(new OutsideCityError($"The geometry of {code} lies outside every grid of the city."));
                }

                (component.GridUnit, component.GridUnitId) = (grid, grid.Id);
                write.Db.Components.Add(component);
                write.Audit(EntityType, code, null, Snapshot(component));
                write.Publish(ComponentEvents.Changed(component, null, write.Operation, new Dictionary<string, FieldChange>([
                    ComponentEvents.Change<string?>("name", null, component.Name),
                    ComponentEvents.Change<ComponentStatus?>("status", null, component.Status),
                    ComponentEvents.Change<string?>("owner", null, owner?.Code),
                    ComponentEvents.Change<string?>("grid", null, grid.Code),
                ])));
                return MutationPayload<CityComponent>.Success(component);
            }, cancellationToken);
        }
        catch (DbUpdateException conflict) when (conflict is not DbUpdateConcurrencyException)
        {
            // Another write took the code between the check and the commit.
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.Components.IgnoreQueryFilters().AnyAsync(c => c.Code == code, cancellationToken))
            {
                return MutationPayload<CityComponent>.Failure(DuplicateCodeError.Of("component", code));
            }

            throw;
        }
    }
}
