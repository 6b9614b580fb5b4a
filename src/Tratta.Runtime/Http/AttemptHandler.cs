using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Runtime.Http;

/// <summary>
/// Runs inside the resilience handler, once per attempt. It numbers the attempt; buffers a request body before the
/// first, so that a retry can send a stream again (an upload may come from a stream that cannot rewind); reads the
/// response body within the attempt, so that the attempt timeout covers a server that stalls mid-body and a body
/// that breaks off fails the attempt (reading an already buffered body again costs nothing), except a download,
/// which the caller reads as it arrives; and records once an attempt may have reached the server, so that a later
/// attempt that cannot connect does not make the call look unsent.
/// </summary>
public sealed class AttemptHandler : DelegatingHandler
{
    /// <summary>The request option holding the attempt number (1 for the first), for handlers further out.</summary>
    public static readonly HttpRequestOptionsKey<int> AttemptKey = new("Tratta.Attempt");

    /// <summary>The request option that marks a download: its body is left to the caller to read as it arrives.</summary>
    public static readonly HttpRequestOptionsKey<bool> StreamedResponseKey = new("Tratta.StreamedResponse");

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = request.Options.TryGetValue(AttemptKey, out var previous) ? previous + 1 : 1;
        request.Options.Set(AttemptKey, attempt);
        if (attempt == 1 && request.Content is { } content)
        {
            await content.LoadIntoBufferAsync().ConfigureAwait(false);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            if (!TransportFailures.WasNotSent(exception))
            {
                request.Options.Set(TransportFailures.MayHaveReachedServerKey, true);
            }

            throw;
        }

        request.Options.Set(TransportFailures.MayHaveReachedServerKey, true);
        if (response.IsSuccessStatusCode && request.Options.TryGetValue(StreamedResponseKey, out var streamed) && streamed)
        {
            return response;
        }

        try
        {
            await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the body into an array and puts it back as a <see cref="BufferedContent"/>, whose bytes the connection
    /// takes without a copy. A body that breaks off becomes an <see cref="HttpRequestException"/> (ResponseEnded).
    /// </summary>
    // LoadIntoBufferAsync takes no cancellation token before .NET 9: a stalled body could outlive the attempt timeout.
    internal static async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        byte[] body;
        try
        {
            body = await ReadAllAsync(original, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response body broke off: " + exception.Message, exception);
        }

        var buffered = new BufferedContent(body);
        foreach (var header in original.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        original.Dispose();
    }

    // With a Content-Length the body goes straight into an array of that size: ReadAsByteArrayAsync would fill a
    // buffer of its own and then copy it, two arrays the size of the body (100 MB for a 50 MB answer).
    private static async Task<byte[]> ReadAllAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is not { } length || length > Array.MaxLength)
        {
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var body = length == 0 ? Array.Empty<byte>() : new byte[length];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);

            // Off an HTTP/1.1 connection the stream ends right there. A handler of the caller's may give a body longer
            // than its Content-Length: it is read to its end, as ReadAsByteArrayAsync would (and a body that stalls or
            // breaks after those bytes still does so within the attempt).
            var next = new byte[1];
            if (await stream.ReadAsync(next, cancellationToken).ConfigureAwait(false) == 0)
            {
                return body;
            }

            using var whole = new MemoryStream();
            whole.Write(body);
            whole.Write(next);
            await stream.CopyToAsync(whole, cancellationToken).ConfigureAwait(false);
            return whole.ToArray();
        }
    }
}
