using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>An HTTP/1.1 request as the fault server read it off the socket.</summary>
internal sealed record RawRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// Just enough HTTP/1.1 to read the client's requests and write answers byte by byte, so that an answer can be
/// anything a broken server or proxy sends — including what a real HTTP server library refuses to send.
/// </summary>
internal static class RawHttp
{
    private static ReadOnlySpan<byte> HeadEnd => "\r\n\r\n"u8;

    /// <summary>The next request on the connection, or null when the client closed it before one began.</summary>
    public static async ValueTask<RawRequest?> ReadRequestAsync(PipeReader input, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (TryParse(ref buffer, out var request))
            {
                input.AdvanceTo(buffer.Start);
                return request;
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                input.AdvanceTo(buffer.End);
                return null;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads and drops whatever the client sends until it closes the connection.</summary>
    public static async Task DrainUntilClosedAsync(PipeReader input, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken);
            input.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted || result.IsCanceled)
            {
                return;
            }
        }
    }

    /// <summary>A status line and headers; a null <paramref name="contentLength"/> sends no Content-Length.</summary>
    public static byte[] Head(int status, string reason, long? contentLength, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n");
        if (contentLength is { } length)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n");
        }

        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(head.Append("\r\n").ToString());
    }

    /// <summary>A whole answer: head and body, with the body's exact length.</summary>
    public static byte[] Answer(int status, string reason, string contentType, string body, params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var all = new List<(string, string)> { ("Content-Type", contentType) };
        all.AddRange(headers);
        return [.. Head(status, reason, bytes.Length, [.. all]), .. bytes];
    }

    private static bool TryParse(ref ReadOnlySequence<byte> buffer, out RawRequest? request)
    {
        request = null;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> head, HeadEnd))
        {
            return false;
        }

        var lines = Encoding.ASCII.GetString(head).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }

        if (headers.ContainsKey("Transfer-Encoding"))
        {
            // The client buffers every request body (AttemptHandler), so it always knows and sends the length.
            throw new InvalidOperationException("The fault server reads Content-Length bodies only; the client sent a chunked body.");
        }

        var length = headers.TryGetValue("Content-Length", out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
        if (reader.Remaining < length)
        {
            return false;
        }

        var body = reader.UnreadSequence.Slice(0, length);
        request = new RawRequest(requestLine[0], requestLine[1], headers, Encoding.UTF8.GetString(body));
        buffer = reader.UnreadSequence.Slice(length);
        return true;
    }
}
