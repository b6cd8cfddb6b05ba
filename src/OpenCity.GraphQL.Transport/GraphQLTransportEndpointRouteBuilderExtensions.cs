using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using OpenCity.GraphQL.Transport;
using OpenCity.GraphQL.Transport.Http;
using OpenCity.GraphQL.Transport.Ide;
using OpenCity.GraphQL.Transport.WebSockets;

// In the builder namespace so Program.cs finds it without an extra using.
namespace Microsoft.AspNetCore.Builder;

public static class GraphQLTransportEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP (GET and POST) and over WebSocket (graphql-transport-ws; the endpoint
    /// accepts the upgrade itself, the host needs no <c>UseWebSockets</c>) at <paramref name="pattern"/> and Banana Cake Pop below it
    /// (<c>{pattern}/</c>). The returned builder applies conventions (authorization, rate limiting,
    /// CORS) to both.
    /// </summary>
    public static IEndpointConventionBuilder MapOpenCityGraphQL(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern = "/graphql")
    {
        var endpointPath = new PathString("/" + pattern.Trim('/'));

        var graphQL = endpoints.CreateApplicationBuilder()
            .Use((context, next) =>
            {
                // One URL answers the IDE or GraphQL depending on Accept: caches must keep them apart.
                context.Response.Headers.Vary = HeaderNames.Accept;
                return next(context);
            })
            .UseMiddleware<BananaCakePopMiddleware>(endpointPath)
            .UseWebSockets()
            .UseMiddleware<GraphQLWebSocketMiddleware>()
            .UseMiddleware<GraphQLHttpMiddleware>()
            .Build();

        var ide = endpoints.CreateApplicationBuilder().UseMiddleware<BananaCakePopMiddleware>(endpointPath);
        ide.Run(NotFoundAsync);

        return new CompositeEndpointConventionBuilder(
        [
            endpoints.Map(endpointPath.Value!, graphQL).WithDisplayName("GraphQL"),
            endpoints.MapMethods(endpointPath.Value + "/{**path}", [HttpMethods.Get, HttpMethods.Head], ide.Build())
                .WithDisplayName("Banana Cake Pop"),
        ]);
    }

    // Files below the endpoint that the IDE does not have.
    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
