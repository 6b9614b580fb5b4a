using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>Records every request (with its body read) and answers with the queued responses, in order.</summary>
internal sealed class CapturingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<CapturedRequest> Requests { get; } = [];

    public CapturingHandler RespondWith(HttpStatusCode status, string body, string contentType = "application/json")
    {
        _responses.Enqueue(() => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) });
        return this;
    }

    public CapturingHandler RespondWith(HttpStatusCode status, byte[] body) => RespondWith(status, Encoding.UTF8.GetString(body));

    /// <summary>An HttpClient over this handler with the base address the client expects.</summary>
    public HttpClient CreateHttpClient() => new(this) { BaseAddress = new Uri("https://org.example.test/api/v1/") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new CapturedRequest(request.Method, request.RequestUri!, request.Headers.ToString(), request.Content?.Headers.ContentType?.ToString(), body));
        if (_responses.Count == 0)
        {
            throw new InvalidOperationException($"No response queued for {request.Method} {request.RequestUri}.");
        }

        var response = _responses.Dequeue()();
        response.RequestMessage = request;
        return response;
    }
}

internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, string Headers, string? ContentType, string? Body);
