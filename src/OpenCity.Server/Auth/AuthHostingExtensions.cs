using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OpenCity.Server.Auth;

/// <summary>
/// JWT bearer authentication from <see cref="OpenCityAuthOptions"/>: a request without a token is an
/// anonymous reader; one with a token it cannot accept is refused 401 <c>UNAUTHENTICATED</c> by the
/// GraphQL transport, with a short reason set here.
/// </summary>
public static class AuthHostingExtensions
{
    public static IServiceCollection AddOpenCityAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenCityAuthOptions>()
            .Bind(configuration.GetSection(OpenCityAuthOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (environment.IsDevelopment() && string.IsNullOrEmpty(options.SigningKey) && !options.UsesAuthority)
                {
                    options.SigningKey = OpenCityAuthOptions.DevelopmentSigningKey;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenCityAuthOptions>, OpenCityAuthOptionsValidator>();
        services.AddSingleton<TokenIssuer>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<OpenCityAuthOptions>>((jwt, auth) => Configure(jwt, auth.Value));
        return services;
    }

    /// <summary>Before rate limiting and GraphQL, after CORS (so a 401 still carries its CORS headers).</summary>
    public static WebApplication UseOpenCityAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        return app;
    }

    private static void Configure(JwtBearerOptions jwt, OpenCityAuthOptions auth)
    {
        jwt.MapInboundClaims = false; // claims keep their JWT names: sub, role, department
        if (auth.UsesAuthority)
        {
            jwt.Authority = auth.Authority;
            if (!string.IsNullOrWhiteSpace(auth.MetadataAddress))
            {
                jwt.MetadataAddress = auth.MetadataAddress;
            }

            jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        }

        var parameters = jwt.TokenValidationParameters;
        parameters.ValidateIssuer = true;
        parameters.ValidIssuer = auth.EffectiveIssuer; // null with an authority: the metadata's issuer
        parameters.ValidateAudience = true;
        parameters.ValidAudience = auth.Audience;
        parameters.ValidateLifetime = true;
        parameters.RequireExpirationTime = true;
        parameters.ClockSkew = auth.ClockSkew;
        parameters.NameClaimType = CallerClaims.Subject;
        parameters.RoleClaimType = CallerClaims.Role;
        if (!string.IsNullOrEmpty(auth.SigningKey))
        {
            parameters.IssuerSigningKey = TokenIssuer.SigningKeyOf(auth.SigningKey);
        }

        jwt.Events = new JwtBearerEvents
        {
            OnAuthenticationFailed = context =>
            {
                // The transport shows the failure's message to the caller: a short reason, not the library's diagnostics.
                context.Fail(new AuthenticationFailureException(Reason(context.Exception)));
                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                // A token must name a caller the policies understand, or it is refused like a bad one.
                var reason = "the token names no caller.";
                if (context.Principal is null || !Caller.TryRead(context.Principal, out _, out reason))
                {
                    context.Fail(new AuthenticationFailureException(reason));
                }

                return Task.CompletedTask;
            },
        };
    }

    private static string Reason(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired.",
        SecurityTokenNotYetValidException => "the token is not valid yet.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "the token's signature does not match a key the server trusts.",
        SecurityTokenInvalidIssuerException => "the token comes from an issuer the server does not trust.",
        SecurityTokenInvalidAudienceException => "the token is meant for another audience.",
        SecurityTokenNoExpirationException => "the token has no expiry.",
        SecurityTokenMalformedException or ArgumentException => "the token is not a well-formed JWT.",
        _ => "the token could not be validated.",
    };
}
