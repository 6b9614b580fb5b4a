using System;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>Answers one request with a fault. Returns whether the connection stays open for another request.</summary>
internal static class FaultResponder
{
    public const long FiftyMegabytes = 50L * 1024 * 1024;

    private const string Json = "application/json";

    // One chunk of padding, written again and again: the server itself never holds 50 MB.
    private static readonly byte[] PaddingChunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));

    public static async Task<bool> RespondAsync(Fault fault, RawRequest request, ConnectionContext connection, CancellationToken stopping)
    {
        var output = connection.Transport.Output;
        switch (fault)
        {
            case Fault.ResetBeforeResponse:
                Reset(connection);
                return false;

            case Fault.BodyCutMidJson:
            {
                var body = Encoding.UTF8.GetBytes(FaultBodies.Valid(request));
                await output.WriteAsync(RawHttp.Head(200, "OK", body.Length, ("Content-Type", Json)), stopping);
                await output.WriteAsync(body.AsMemory(0, body.Length / 2), stopping);
                await Task.Delay(50, stopping); // let the half body leave before the connection goes
                connection.Abort();
                return false;
            }

            case Fault.HtmlBadGateway:
                return await SendAsync(output, RawHttp.Answer(502, "Bad Gateway", "text/html",
                    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"), stopping);

            case Fault.MalformedJson:
                return await SendAsync(output, RawHttp.Answer(200, "OK", Json, """{"data": {"id": "5b0e", "name": "Ann Lee",, ]"""), stopping);

            case Fault.WrongTypes:
                return await SendAsync(output, RawHttp.Answer(200, "OK", Json, FaultBodies.WrongTypes(request)), stopping);

            case Fault.EmptyBody:
                return await SendAsync(output, RawHttp.Head(200, "OK", 0, ("Content-Type", Json)), stopping);

            case Fault.FiftyMegabyteBody:
                return await SendPaddedAsync(output, request, stopping);

            case Fault.HeadersNeverCome:
                await RawHttp.DrainUntilClosedAsync(connection.Transport.Input, stopping);
                return false;

            case Fault.TrickledBody:
                await TrickleAsync(connection, request, stopping);
                return false;

            case Fault.RateLimited:
                return await SendAsync(output, RawHttp.Answer(429, "Too Many Requests", Json, """{"message":"Too Many Attempts."}""",
                    ("Retry-After", "1"), ("X-RateLimit-Limit", "60"), ("X-RateLimit-Remaining", "0")), stopping);

            case Fault.ServiceUnavailable:
                return await SendAsync(output, RawHttp.Answer(503, "Service Unavailable", Json, """{"message":"Service Unavailable"}"""), stopping);

            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }

    // RST instead of FIN: with a zero linger time, closing the socket discards it at once.
    private static void Reset(ConnectionContext connection)
    {
        if (connection.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            socket.LingerState = new LingerOption(true, 0);
        }

        connection.Abort();
    }

    private static async Task<bool> SendAsync(PipeWriter output, byte[] answer, CancellationToken stopping)
    {
        var result = await output.WriteAsync(answer, stopping);
        return !result.IsCompleted;
    }

    private static async Task<bool> SendPaddedAsync(PipeWriter output, RawRequest request, CancellationToken stopping)
    {
        var (prefix, padding, suffix) = FaultBodies.Padded(request, FiftyMegabytes);
        await output.WriteAsync(RawHttp.Head(200, "OK", FiftyMegabytes, ("Content-Type", Json)), stopping);
        await output.WriteAsync(Encoding.ASCII.GetBytes(prefix), stopping);
        for (var left = padding; left > 0; left -= PaddingChunk.Length)
        {
            // WriteAsync waits while the socket is behind (the pipe's back-pressure): memory stays at one chunk or two.
            var result = await output.WriteAsync(PaddingChunk.AsMemory(0, (int)Math.Min(left, PaddingChunk.Length)), stopping);
            if (result.IsCompleted)
            {
                return false;
            }
        }

        return await SendAsync(output, Encoding.UTF8.GetBytes(suffix), stopping);
    }

    // The head at once, then one byte of a valid body every 100 ms, until the client gives up and closes.
    private static async Task TrickleAsync(ConnectionContext connection, RawRequest request, CancellationToken stopping)
    {
        var body = Encoding.UTF8.GetBytes(FaultBodies.Valid(request));
        var output = connection.Transport.Output;
        var clientClosed = RawHttp.DrainUntilClosedAsync(connection.Transport.Input, stopping);
        await output.WriteAsync(RawHttp.Head(200, "OK", body.Length, ("Content-Type", Json)), stopping);
        foreach (var b in body)
        {
            await Task.WhenAny(clientClosed, Task.Delay(100, stopping));
            if (clientClosed.IsCompleted || (await output.WriteAsync(new[] { b }, stopping)).IsCompleted)
            {
                break;
            }
        }

        await clientClosed;
    }
}
