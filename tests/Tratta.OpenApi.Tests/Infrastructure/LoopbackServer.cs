using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tratta.OpenApi.Tests.Infrastructure;

/// <summary>One request as the server received it: raw path and query, headers, body bytes.</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, IHeaderDictionary Headers, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}

/// <summary>The answer the server gives to the next request.</summary>
public sealed record CannedResponse(int Status, string? ContentType = "application/json", byte[]? Body = null)
{
    public System.Collections.Generic.IReadOnlyDictionary<string, string> Headers { get; init; } = new System.Collections.Generic.Dictionary<string, string>();

    public static CannedResponse Json(string json, int status = 200) => new(status, "application/json", System.Text.Encoding.UTF8.GetBytes(json));

    public static CannedResponse Text(string text, string contentType = "text/plain", int status = 200) => new(status, contentType, System.Text.Encoding.UTF8.GetBytes(text));

    public static CannedResponse Empty(int status = 204) => new(status, null, null);
}

/// <summary>
/// A Kestrel server on a free loopback port that records every request and answers with the responses queued for
/// it (200 with <c>{}</c> when none is). Real HTTP: the bytes the generated client sends are the bytes recorded.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CannedResponse> _responses = new();

    private LoopbackServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public ReceivedRequest LastRequest => Requests.Last();

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            // The request target as it came over the wire, not as Kestrel decoded it: escaping is under test.
            var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            server!.Requests.Enqueue(new ReceivedRequest(context.Request.Method, target, new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)), body.ToArray()));
            var answer = server._responses.TryDequeue(out var queued) ? queued : CannedResponse.Json("{}");
            context.Response.StatusCode = answer.Status;
            foreach (var header in answer.Headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            if (answer.ContentType is not null)
            {
                context.Response.ContentType = answer.ContentType;
            }

            if (answer.Body is not null)
            {
                context.Response.ContentLength = answer.Body.Length;
                await context.Response.Body.WriteAsync(answer.Body);
            }
        });
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackServer(app, new Uri(bound.TrimEnd('/') + "/"));
        return server;
    }

    public LoopbackServer Respond(CannedResponse response)
    {
        _responses.Enqueue(response);
        return this;
    }

    public LoopbackServer RespondJson(string json, int status = 200) => Respond(CannedResponse.Json(json, status));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
