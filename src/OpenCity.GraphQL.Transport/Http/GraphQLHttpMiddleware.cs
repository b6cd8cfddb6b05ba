using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCity.GraphQL.Transport.Availability;
using OpenCity.GraphQL.Transport.Errors;
using OpenCity.GraphQL.Transport.Limits;
using OpenCity.GraphQL.Transport.Sse;

namespace OpenCity.GraphQL.Transport.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST with a JSON body, GET for queries. Each step is a
/// small virtual method so a host can change one step without copying the others; each refusal is an
/// error class that carries its HTTP status (see <see cref="GraphQLHttpError"/>).
/// </summary>
public partial class GraphQLHttpMiddleware(
    RequestDelegate next,
    IDocumentExecuter<ISchema> documentExecuter,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLHttpOptions> options,
    IOptions<GraphQLLimitsOptions> limits,
    ServerReadiness readiness,
    GraphQLSseHandler eventStreams)
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, HttpOperationTypeValidationRule.Get];
    private static readonly IValidationRule[] GetCachedRules = [HttpOperationTypeValidationRule.Get];
    private static readonly IValidationRule[] PostRules = [.. DocumentValidator.CoreRules, HttpOperationTypeValidationRule.Post];
    private static readonly IValidationRule[] PostCachedRules = [HttpOperationTypeValidationRule.Post];

    protected RequestDelegate Next { get; } = next;

    protected IGraphQLTextSerializer Serializer { get; } = serializer;

    protected GraphQLHttpOptions Options { get; } = options.Value;

    protected GraphQLLimitsOptions Limits { get; } = limits.Value;

    protected ServerReadiness Readiness { get; } = readiness;

    public virtual async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method) && Options.EnableGet;
        var isPost = HttpMethods.IsPost(request.Method);
        if (!isGet && !isPost)
        {
            await HandleInvalidMethodAsync(context);
            return;
        }

        var mediaType = SelectResponseMediaType(context);
        if (mediaType is null)
        {
            await WriteErrorResponseAsync(context, GraphQLMediaTypes.Json, new NotAcceptableError(request.Headers.Accept.ToString()));
            return;
        }

        try
        {
            if (Readiness.Enter())
            {
                await ServeAsync(context, mediaType, isGet);
            }
            else
            {
                GraphQLHttpError error = Readiness.IsStopping ? new ServerStoppingError() : new ServerNotReadyError();
                await WriteErrorResponseAsync(context, mediaType, error);
            }
        }
        finally
        {
            Readiness.Exit();
        }
    }

    /// <summary>Reads, executes and answers a request the server is ready to take.</summary>
    protected virtual async Task ServeAsync(HttpContext context, string mediaType, bool isGet)
    {
        var request = context.Request;
        if (await AuthenticateAsync(context) is { } refused)
        {
            await WriteErrorResponseAsync(context, mediaType, refused);
            return;
        }

        // Kestrel caps bodies at 30 MB on its own; the configured limit is the one that counts.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = Options.MaxRequestBytes;
        }

        GraphQLRequest graphQLRequest;
        try
        {
            graphQLRequest = isGet
                ? ReadQueryString(request.Query)
                : await ReadPostBodyAsync(context, context.RequestAborted);
            if (string.IsNullOrEmpty(graphQLRequest.Query))
            {
                throw new MissingQueryError();
            }
        }
        catch (GraphQLHttpError error)
        {
            if (error is RequestTooLargeError)
            {
                CloseConnectionAfterResponse(context);
            }

            await WriteErrorResponseAsync(context, mediaType, error);
            return;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            return; // The client went away while sending; nobody is left to read an answer.
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own refusals of the body: its size cap (set to ours above), a broken chunked encoding.
            GraphQLHttpError error = exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new RequestTooLargeError(Options.MaxRequestBytes)
                : new InvalidBodyError(exception.StatusCode, exception.Message);
            CloseConnectionAfterResponse(context);
            await WriteErrorResponseAsync(context, mediaType, error);
            return;
        }

        await HandleRequestAsync(context, mediaType, graphQLRequest, isGet);
    }

    /// <summary>
    /// Refuses a request whose credentials failed authentication; null when it sent none (anonymous) or
    /// they were accepted (<see cref="HttpContext.User"/> then reaches resolvers as <see cref="ExecutionOptions.User"/>).
    /// The authentication middleware leaves a failed request anonymous; serving it so would hide a
    /// broken or expired token behind answers that merely lack what it was meant to unlock.
    /// </summary>
    protected virtual async Task<GraphQLHttpError?> AuthenticateAsync(HttpContext context)
    {
        var schemes = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (schemes is null || await schemes.GetDefaultAuthenticateSchemeAsync() is null)
        {
            return null; // The host authenticates nobody: every caller is anonymous.
        }

        // The handler keeps its result, so after the authentication middleware this reads it again.
        var result = await context.AuthenticateAsync();
        return result.Failure is { } failure ? new UnauthenticatedError(failure.Message) : null;
    }

    /// <summary>
    /// Says so when a refused body is left unread: Kestrel then closes the connection rather than
    /// read the rest, and a client that was not told would send its next request on a dead connection.
    /// </summary>
    private static void CloseConnectionAfterResponse(HttpContext context) =>
        context.Response.Headers.Connection = "close";

    /// <summary>Executes one parsed request and writes its result.</summary>
    protected virtual async Task HandleRequestAsync(HttpContext context, string mediaType, GraphQLRequest graphQLRequest, bool isGet)
    {
        if (mediaType == GraphQLMediaTypes.EventStream)
        {
            if (await eventStreams.ServeAsync(context, graphQLRequest, isGet) is { } refused)
            {
                await WriteErrorResponseAsync(context, mediaType, refused);
            }

            return;
        }

        ExecutionResult result;
        try
        {
            result = await documentExecuter.ExecuteAsync(CreateExecutionOptions(context, graphQLRequest, isGet));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // The client went away; nobody is left to read an answer.
        }

        await WriteResultAsync(context, mediaType, SelectStatusCode(result, mediaType), result);
    }

    protected virtual ExecutionOptions CreateExecutionOptions(HttpContext context, GraphQLRequest graphQLRequest, bool isGet) => new()
    {
        Query = graphQLRequest.Query,
        OperationName = graphQLRequest.OperationName,
        Variables = graphQLRequest.Variables,
        Extensions = graphQLRequest.Extensions,
        RequestServices = context.RequestServices,
        User = context.User,
        CancellationToken = context.RequestAborted,
        ValidationRules = isGet ? GetRules : PostRules,
        CachedDocumentValidationRules = isGet ? GetCachedRules : PostCachedRules,
        ThrowOnUnhandledException = false,
    };

    /// <summary>
    /// The response media type for this request, or null for 406 Not Acceptable: an event stream when
    /// the client asks for one (graphql-sse), otherwise JSON as the spec negotiates it.
    /// </summary>
    protected virtual string? SelectResponseMediaType(HttpContext context)
        => EventStreamNegotiation.IsRequested(context.Request.Headers.Accept)
            ? GraphQLMediaTypes.EventStream
            : ResponseMediaTypeSelector.Select(context.Request.Headers.Accept);

    /// <summary>
    /// 200 for anything that executed (even with field errors). Otherwise the status an error asks for
    /// (405 for a mutation over GET); 500 for a server fault; then 400 for parse and validation
    /// failures with application/graphql-response+json, where application/json keeps 200 as the spec says.
    /// </summary>
    protected virtual int SelectStatusCode(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Errors?.OfType<IHasHttpStatusCode>().FirstOrDefault() is { } preferred)
        {
            return preferred.StatusCode;
        }

        if (result.Errors?.Any(error => error is UnhandledError) == true)
        {
            return StatusCodes.Status500InternalServerError; // a server fault, whatever the media type
        }

        return mediaType == GraphQLMediaTypes.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    protected virtual Task HandleInvalidMethodAsync(HttpContext context)
    {
        var allow = Options.EnableGet ? "GET, POST" : HttpMethods.Post;
        return WriteErrorResponseAsync(context, GraphQLMediaTypes.Json, new MethodNotAllowedError(context.Request.Method, allow));
    }

    protected virtual Task WriteErrorResponseAsync(HttpContext context, string mediaType, GraphQLHttpError error)
        => WriteResultAsync(context, mediaType, error.StatusCode, new ExecutionResult(error));

    /// <summary>
    /// Writes the answer, buffered so that one larger than <see cref="GraphQLLimitsOptions.MaxResultBytes"/>
    /// is replaced by a RESULT_TOO_LARGE error rather than sent in part; the buffer also gives the length.
    /// </summary>
    protected virtual async Task WriteResultAsync(HttpContext context, string mediaType, int statusCode, ExecutionResult result)
    {
        // A refusal before an event stream starts is plain JSON with its status, as graphql-sse's own server answers.
        if (mediaType == GraphQLMediaTypes.EventStream)
        {
            mediaType = GraphQLMediaTypes.Json;
        }

        using var buffer = new CappedBufferStream(Limits.MaxResultBytes);
        try
        {
            await Serializer.WriteAsync(buffer, result, context.RequestAborted);
        }
        catch (ResultTooLargeException)
        {
            result = new ExecutionResult(new ResultTooLargeError(Limits.MaxResultBytes));
            statusCode = SelectStatusCode(result, mediaType);
            buffer.SetLength(0);
            await Serializer.WriteAsync(buffer, result, context.RequestAborted);
        }

        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength = buffer.Length;
        if (result.Errors?.OfType<IHasAllowHeader>().FirstOrDefault() is { } methodError)
        {
            response.Headers.Allow = methodError.Allow;
        }

        if (result.Errors?.OfType<IHasWwwAuthenticate>().FirstOrDefault() is { } authenticateError)
        {
            response.Headers.WWWAuthenticate = authenticateError.WwwAuthenticate;
        }

        if (result.Errors?.OfType<IHasRetryAfter>().FirstOrDefault() is { } retryError)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryError.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }
}
