using System;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tratta.Sandbox.Endpoints;
using Tratta.Sandbox.Http;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox.Hosting;

/// <summary>Builds the sandbox's web application: Kestrel on loopback, bearer authentication, the API routes.</summary>
internal static class SandboxApplication
{
    // Trimming workaround: with TrimMode=full (the PublishTrimmed default) ILLink 10.0.12 keeps
    // X509Certificate2Collection's IEnumerable<X509Certificate2> interface but drops the method implementing it, and
    // Kestrel then fails to start with "TypeLoadException: Method 'GetEnumerator' in type X509Certificate2Collection
    // does not have an implementation" (KestrelConfigurationLoader.Reload) — even an empty CreateSlimBuilder app does.
    // Keeping the type's methods costs a few KB and lets an app that embeds the sandbox publish trimmed and run.
    [DynamicDependency(
        DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods,
        typeof(X509Certificate2Collection))]
    public static WebApplication Build(SandboxOptions options, SandboxState state)
    {
        // No args and the app's own base directory: an embedding process's command line and content root are not
        // the sandbox's configuration.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Loopback only: the sandbox is a local test double, never reachable from another machine.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();

        // Request logging stays off: request bodies carry card and bank data, and nothing of them may reach a log.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start that fails (a port in use) is thrown to the caller of StartAsync; the host's log of the same
        // exception, stack trace and all, would only bury the one-line message the caller prints.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        var app = builder.Build();
        var authentication = new BearerAuthentication(options.ApiKey);
        app.Use(authentication.InvokeAsync);
        SandboxRoutes.Map(app, state);
        return app;
    }
}
