using System;
using System.Net.Http;

namespace Tratta.Benchmarks.Calls;

/// <summary>What the last request looked like, kept only while a GlobalSetup checks a client (off while measuring).</summary>
internal sealed class RequestRecorder
{
    public bool IsRecording { get; private set; }

    public RecordedRequest? Last { get; private set; }

    public void Start()
    {
        Last = null;
        IsRecording = true;
    }

    public void Stop() => IsRecording = false;

    public void Record(HttpRequestMessage request, byte[]? body) =>
        Last = new RecordedRequest(request.Method, request.RequestUri, request.Headers.Authorization?.ToString(), request.Content?.Headers.ContentType?.MediaType, body);
}

/// <summary>A request as the canned handler received it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri? Uri, string? Authorization, string? ContentType, byte[]? Body);
