using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Runtime.Tests;

/// <summary>Answers each request with the next queued answer (or an exception) and records what was sent.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _answers = new();

    public List<(HttpMethod Method, Uri Uri, string Headers)> Requests { get; } = [];

    public RecordingHandler Respond(HttpStatusCode status, string body = "{}", Action<HttpResponseMessage>? headers = null)
    {
        _answers.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
            headers?.Invoke(response);
            return response;
        });
        return this;
    }

    public RecordingHandler Throw(Exception exception)
    {
        _answers.Enqueue(() => throw exception);
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = string.Join("\n", request.Headers.Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        Requests.Add((request.Method, request.RequestUri!, headers));
        return Task.FromResult(_answers.Count > 0 ? _answers.Dequeue()() : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
    }
}
