using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Client.Tests.Infrastructure;

/// <summary>Records every request (with its body read) and answers with the queued responses, in order.</summary>
internal sealed class CapturingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _responses = new();
    private int _answering;
    private long _lastAnswered;
    private long _lastHangStarted;

    public List<CapturedRequest> Requests { get; } = [];

    /// <summary>Every response handed out, to check who disposed it.</summary>
    public ConcurrentQueue<HttpResponseMessage> Responses { get; } = new();

    /// <summary>Requests being answered right now (a hanging answer does not count: it waits to be cancelled).</summary>
    public int Answering => Volatile.Read(ref _answering);

    /// <summary>The <see cref="EventSequence"/> number of the last answer given (a response or a thrown error).</summary>
    public long LastAnswered => Volatile.Read(ref _lastAnswered);

    /// <summary>The <see cref="EventSequence"/> number of the last request that began to hang.</summary>
    public long LastHangStarted => Volatile.Read(ref _lastHangStarted);

    public CapturingHandler RespondWith(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        _responses.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        });
        return this;
    }

    /// <summary>Answers with these exact bytes (which need not be valid UTF-8) as a JSON body.</summary>
    public CapturingHandler RespondWith(HttpStatusCode status, byte[] body)
    {
        _responses.Enqueue((_, _) =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(status) { Content = content });
        });
        return this;
    }

    /// <summary>Answers with the first bytes of a body, then sends nothing more until the read is cancelled.</summary>
    public CapturingHandler RespondWithStalledBody(HttpStatusCode status, byte[] start)
    {
        var body = new StalledBody(start, () => Volatile.Write(ref _lastHangStarted, EventSequence.Next()), () => Volatile.Write(ref _lastAnswered, EventSequence.Next()));
        _responses.Enqueue((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StreamContent(body) }));
        return this;
    }

    /// <summary>Answers with the first bytes of a body, then fails the read as a reset connection does.</summary>
    public CapturingHandler RespondWithBrokenBody(HttpStatusCode status, byte[] start)
    {
        _responses.Enqueue((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StreamContent(new BrokenBody(start)) }));
        return this;
    }

    /// <summary>Answers the next request by throwing, as a failed connection would.</summary>
    public CapturingHandler Throw(Exception exception)
    {
        _responses.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Never answers the next request: it waits until the request is cancelled (a read timeout).</summary>
    public CapturingHandler Hang()
    {
        _responses.Enqueue(async (_, cancellationToken) =>
        {
            Volatile.Write(ref _lastHangStarted, EventSequence.Next());
            Interlocked.Decrement(ref _answering);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable");
            }
            finally
            {
                Interlocked.Increment(ref _answering);
            }
        });
        return this;
    }

    /// <summary>An HttpClient over this handler with the base address the client expects.</summary>
    public HttpClient CreateHttpClient() => new(this) { BaseAddress = new Uri("https://org.example.test/api/v1/") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _answering);
        try
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (Requests)
            {
                Requests.Add(new CapturedRequest(request.Method, request.RequestUri!, request.Headers.ToString(), request.Content?.Headers.ContentType?.ToString(), body));
            }

            if (!_responses.TryDequeue(out var respond))
            {
                throw new InvalidOperationException($"No response queued for {request.Method} {request.RequestUri}.");
            }

            var response = await respond(request, cancellationToken);
            response.RequestMessage = request;
            Responses.Enqueue(response);
            return response;
        }
        finally
        {
            Volatile.Write(ref _lastAnswered, EventSequence.Next());
            Interlocked.Decrement(ref _answering);
        }
    }
}

internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, string Headers, string? ContentType, string? Body);

/// <summary>
/// A body that stalls after its first bytes. The clock driver is told when it starts to stall (only a timeout can end
/// that) and when the stall ends (as for an answer: the client may then wait on the clock for a retry).
/// </summary>
internal sealed class StalledBody(byte[] start, Action stalled, Action ended) : System.IO.MemoryStream(start)
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await base.ReadAsync(buffer, cancellationToken);
        if (read > 0)
        {
            return read;
        }

        stalled();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
        finally
        {
            ended();
        }
    }
}

/// <summary>A body whose connection breaks after its first bytes.</summary>
internal sealed class BrokenBody(byte[] start) : System.IO.MemoryStream(start)
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await base.ReadAsync(buffer, cancellationToken);
        return read > 0 ? read : throw new System.IO.IOException("Connection reset by peer.");
    }
}
