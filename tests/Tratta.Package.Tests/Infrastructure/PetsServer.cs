using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tratta.Package.Tests.Infrastructure;

/// <summary>
/// The server of Consumers/pets.yaml on a free loopback port: pet 7 exists, any other id is a 404 with the spec's
/// error body, and every request must carry the API key. It records what it was sent.
/// </summary>
internal sealed class PetsServer : IAsyncDisposable
{
    public const string ApiKey = "key-123";

    private readonly WebApplication _app;

    private PetsServer(WebApplication app, Uri baseUrl, ConcurrentQueue<string> requests)
    {
        _app = app;
        BaseUrl = baseUrl;
        Requests = requests;
    }

    public Uri BaseUrl { get; }

    /// <summary>"METHOD path" of every request, in order.</summary>
    public ConcurrentQueue<string> Requests { get; }

    public static async Task<PetsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<string>();
        app.Use(async (context, next) =>
        {
            requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            if (context.Request.Headers["X-Api-Key"] != ApiKey)
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsync("""{"message": "Unauthenticated."}""");
                return;
            }

            await next(context);
        });
        app.MapGet("/v1/pets/{id}", (string id) => id == "7"
            ? Results.Content("""{"id": "7", "name": "Rex", "tag": "dog"}""", "application/json")
            : Results.Content($$"""{"message": "No pet {{id}}."}""", "application/json", statusCode: 404));
        app.MapDelete("/v1/pets/{id}", (string id) => Results.NoContent());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PetsServer(app, new Uri(address.TrimEnd('/') + "/v1/"), requests);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
