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

/// <summary>
/// Root mutations that record and remove relations between assets. A relation belongs to its
/// <c>from</c> asset: changing it needs the right to change that one, and it is announced as a
/// <see cref="ComponentChanged"/> of it (field <c>links</c>), without a new version (the asset itself did not change).
/// </summary>
public sealed class ComponentLinkMutations(CityWriter writer, CityPolicy policy) : IMutationFields
{
    /// <summary>How many times a link is tried again after a concurrent write stated the same link first.</summary>
    private const int Attempts = 3;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ComponentLinkInput, ComponentLink>(
                "linkComponents",
                typeof(LinkComponentsInputType),
                ("link", typeof(ComponentLinkType), "The relation as recorded; when it was recorded already, that same relation (nothing is written twice)."),
                [typeof(NotFoundErrorType)],
                LinkAsync)
            .Description("Records that one asset connects to, feeds, is part of or monitors another. Needs the right to change the `from` asset and to see the `to` asset.");
        mutation.Mutation<ComponentLinkInput, ComponentLink>(
                "unlinkComponents",
                typeof(UnlinkComponentsInputType),
                ("link", typeof(ComponentLinkType), "The relation that was removed."),
                [typeof(NotFoundErrorType), typeof(ConflictErrorType)],
                UnlinkAsync)
            .Description("Removes a relation between two assets. Needs the right to change the `from` asset.");
    }

    private async Task<MutationPayload<ComponentLink>> LinkAsync(IResolveFieldContext context, ComponentLinkInput input)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteLinkAsync(context, "linkComponents", input, (write, from, to, existing) =>
                {
                    if (existing is not null)
                    {
                        return MutationPayload<ComponentLink>.Success(existing);
                    }

                    var link = new ComponentLink { FromComponentId = from.Id, ToComponentId = to.Id, Kind = input.Kind };
                    write.Db.ComponentLinks.Add(link);
                    Announce(write, from, to, null, new { to = to.Code, kind = input.Kind });
                    return MutationPayload<ComponentLink>.Success(link);
                });
            }
            catch (DbUpdateException raced) when (raced is not DbUpdateConcurrencyException && attempt < Attempts)
            {
                // Another write recorded the same link first: the next attempt finds and answers it.
            }
        }
    }

    private Task<MutationPayload<ComponentLink>> UnlinkAsync(IResolveFieldContext context, ComponentLinkInput input) =>
        WriteLinkAsync(context, "unlinkComponents", input, (write, from, to, existing) =>
        {
            if (existing is null)
            {
                return MutationPayload<ComponentLink>.Failure(new NotFoundError(
                    $"{from.Code} has no link {input.Kind} to {to.Code}.", $"{from.Code} {input.Kind} {to.Code}"));
            }

            write.Db.ComponentLinks.Remove(existing);
            Announce(write, from, to, new { to = to.Code, kind = input.Kind }, null);
            return MutationPayload<ComponentLink>.Success(existing);
        });

    // The event names the other end, so it is as restricted as the more restricted of the two.
    private static void Announce(CityWrite write, CityComponent from, CityComponent to, object? before, object? after)
    {
        write.Audit(ComponentMutations.EntityType, from.Code, new { link = before }, new { link = after });
        write.Publish(ComponentEvents.Changed(
            from, from.Status, write.Operation, new Dictionary<string, FieldChange>([ComponentEvents.Change("links", before, after)]), to.Sensitivity == Sensitivity.Restricted));
    }

    /// <summary>The frame of both: a token, both assets (ones the caller can see), the policy on <c>from</c>, and the link if it exists.</summary>
    private async Task<MutationPayload<ComponentLink>> WriteLinkAsync(
        IResolveFieldContext context, string operation, ComponentLinkInput input, Func<CityWrite, CityComponent, CityComponent, ComponentLink?, MutationPayload<ComponentLink>> change)
    {
        var caller = context.GetCaller();
        if (policy.RequireStaff(caller) is { } unauthenticated)
        {
            throw unauthenticated;
        }

        if (input.FromCode == input.ToCode)
        {
            throw WriteInputError.Invalid($"An asset is not linked to itself: `fromCode` and `toCode` are both {input.FromCode}.");
        }

        var cancellationToken = context.CancellationToken;
        return await writer.WriteAsync(caller, operation, async write =>
        {
            var from = await write.Db.Components.Include(c => c.Owner).Include(c => c.GridUnit)
                .SingleOrDefaultAsync(c => c.Code == input.FromCode, cancellationToken);
            if (from is null)
            {
                return MutationPayload<ComponentLink>.Failure(NotFoundError.Of("component", input.FromCode));
            }

            if (await policy.CanChangeComponentAsync(write.Db, caller, from, cancellationToken) is { } refusal)
            {
                throw refusal;
            }

            var to = await write.Db.Components.SingleOrDefaultAsync(c => c.Code == input.ToCode, cancellationToken);
            if (to is null)
            {
                return MutationPayload<ComponentLink>.Failure(NotFoundError.Of("component", input.ToCode));
            }

            var existing = await write.Db.ComponentLinks.SingleOrDefaultAsync(
                l => l.FromComponentId == from.Id && l.ToComponentId == to.Id && l.Kind == input.Kind, cancellationToken);
            return change(write, from, to, existing);
        }, cancellationToken);
    }
}
