using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCity.Domain.ServiceRequests;
using OpenCity.GraphQL.Data.Mutations;
using OpenCity.Server.Auth;
using OpenCity.Server.Schema;
using OpenCity.Server.Writes;

namespace OpenCity.Server.ServiceRequests;

/// <summary>Root mutations of citizens' reports: reporting a problem (anyone), and working it (its department, or an admin).</summary>
public sealed class ServiceRequestMutations(
    CityWriter writer, CityPolicy policy, ServiceRequestIntake intake, SubmissionRateLimiter limiter, IHttpContextAccessor http, IOptions<ServiceRequestOptions> options)
    : IMutationFields
{
    private static readonly Type[] WorkErrors = [typeof(NotFoundErrorType), typeof(ConflictErrorType), typeof(InvalidTransitionErrorType)];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitServiceRequestInput, ServiceRequestReceipt>(
                "submitServiceRequest",
                typeof(SubmitServiceRequestInputType),
                ("receipt", typeof(ServiceRequestReceiptType), "Your tracking code and who deals with the problem."),
                [typeof(NotFoundErrorType), typeof(OutsideCityErrorType), typeof(ConflictErrorType)],
                SubmitAsync)
            .Description("Reports a problem in the city — no login needed. It goes at once to the department responsible for that kind of problem at that place. "
                + "If someone reported the same problem close by recently, your report is added to theirs. Send an `idempotencyKey` so that sending it twice never files it twice.");
        mutation.Mutation<RouteServiceRequestInput, ServiceRequest>(
                "routeServiceRequest", typeof(RouteServiceRequestInputType), ("serviceRequest", typeof(ServiceRequestType), "The report as it is now."), WorkErrors, RouteAsync)
            .Description("Sends a report to a (different) department. Needs an operator of the department that has it now, or an admin.");
        AddStep(mutation, "startServiceRequest", typeof(StartServiceRequestInputType), ServiceRequestStatus.InProgress, "Records that work on a routed report has started.");
        AddStep(mutation, "resolveServiceRequest", typeof(ResolveServiceRequestInputType), ServiceRequestStatus.Resolved, "Records that the problem of a report in progress is fixed.");
        AddStep(mutation, "closeServiceRequest", typeof(CloseServiceRequestInputType), ServiceRequestStatus.Closed, "Finishes a report: after it was resolved, or without action before work started.");
    }

    private void AddStep(ObjectGraphType mutation, string name, Type inputType, ServiceRequestStatus to, string description) =>
        mutation.Mutation<ServiceRequestStepInput, ServiceRequest>(
                name, inputType, ("serviceRequest", typeof(ServiceRequestType), "The report as it is now."), WorkErrors,
                (context, input) => WriteRequestAsync(context, name, input.Code, input.ExpectedVersion, (write, request) =>
                    Task.FromResult<MutationError?>(Step(write, request, to, new { note = input.Note }))))
            .Description($"{description} Needs an operator of the department it is routed to, or an admin.");

    private async Task<MutationPayload<ServiceRequestReceipt>> SubmitAsync(IResolveFieldContext context, SubmitServiceRequestInput input)
    {
        var location = SubmissionInput.Check(input, options.Value);
        var caller = context.GetCaller();
        if (caller.Role == CallerRole.Anonymous && limiter.Count(http.HttpContext) is { } refusal)
        {
            throw refusal;
        }

        return await intake.SubmitAsync(caller, input, location, context.CancellationToken);
    }

    private Task<MutationPayload<ServiceRequest>> RouteAsync(IResolveFieldContext context, RouteServiceRequestInput input) =>
        WriteRequestAsync(context, "routeServiceRequest", input.Code, input.ExpectedVersion, async (write, request) =>
        {
            var department = await write.Db.Departments.SingleOrDefaultAsync(d => d.Code == input.DepartmentCode, context.CancellationToken);
            if (department is null)
            {
                return NotFoundError.Of("department", input.DepartmentCode);
            }

            if (request.Status == ServiceRequestStatus.Routed && request.DepartmentId == department.Id)
            {
                return null; // already there: nothing to write
            }

            var before = request.Department?.Code;
            request.Department = department;
            return Step(write, request, ServiceRequestStatus.Routed, new { department = department.Code }, new { department = before });
        });

    /// <summary>Moves the report to <paramref name="to"/> if the workflow allows it, with its version, time, audit entry and event.</summary>
    private static InvalidTransitionError? Step(CityWrite write, ServiceRequest request, ServiceRequestStatus to, object after, object? before = null)
    {
        if (ServiceRequestWorkflow.Check(request, to) is { } invalid)
        {
            return invalid;
        }

        var old = request.Status;
        request.Status = to;
        request.UpdatedAt = write.Now;
        request.Version++;
        write.Audit(ServiceRequestIntake.EntityType, request.Code, new { status = old, change = before }, new { status = to, change = after });
        write.Publish(ServiceRequestEvents.Changed(request, old, write.Operation));
        return null;
    }

    /// <summary>
    /// The frame of every step of a report's work: a token, the report, the policy (its routed
    /// department's operators and admins), the expected version; then <paramref name="change"/>,
    /// which answers an expected failure or null once it has changed the report.
    /// </summary>
    private async Task<MutationPayload<ServiceRequest>> WriteRequestAsync(
        IResolveFieldContext context, string operation, string code, long? expectedVersion, Func<CityWrite, ServiceRequest, Task<MutationError?>> change)
    {
        var caller = context.GetCaller();
        if (policy.RequireStaff(caller) is { } unauthenticated)
        {
            throw unauthenticated;
        }

        return await writer.WriteAsync(caller, operation, async write =>
        {
            var request = await write.Db.ServiceRequests.Include(r => r.Department).Include(r => r.GridUnit)
                .SingleOrDefaultAsync(r => r.Code == code, context.CancellationToken);
            if (request is null)
            {
                return MutationPayload<ServiceRequest>.Failure(NotFoundError.Of("report", code));
            }

            if (policy.CanWorkServiceRequest(caller, request, request.Department?.Code) is { } refusal)
            {
                throw refusal;
            }

            if (expectedVersion is { } expected && expected != request.Version)
            {
                return MutationPayload<ServiceRequest>.Failure(ConflictError.Stale($"Report {code}", expected, request.Version));
            }

            return await change(write, request) is { } failure
                ? MutationPayload<ServiceRequest>.Failure(failure)
                : MutationPayload<ServiceRequest>.Success(request);
        }, context.CancellationToken);
    }
}
