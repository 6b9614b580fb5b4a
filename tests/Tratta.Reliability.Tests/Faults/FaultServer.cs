using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tratta.Reliability.Tests.Faults;

/// <summary>
/// Kestrel on a loopback port with a connection middleware instead of HTTP: each accepted socket is handed to
/// <see cref="ServeAsync"/>, which reads requests and answers with the current case's fault byte by byte. Counting
/// connections here, on the server's side of the socket, shows whether the client closed every one it opened.
/// </summary>
internal sealed class FaultServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private FaultCase? _case;

    private FaultServer()
    {
    }

    /// <summary>The API root the client is given, as for the real API: <c>http://127.0.0.1:{port}/api/v1/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FaultServer> StartAsync()
    {
        var server = new FaultServer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Run(server.ServeAsync)));
        server._app = builder.Build();
        await server._app.StartAsync();
        var bound = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri($"http://127.0.0.1:{new Uri(bound).Port}/api/v1/");
        return server;
    }

    /// <summary>Starts a case: connections accepted from now on answer with <paramref name="fault"/> and count for it.</summary>
    public FaultCase Begin(Fault fault)
    {
        var next = new FaultCase(fault);
        Volatile.Write(ref _case, next);
        return next;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task ServeAsync(ConnectionContext connection)
    {
        var current = Volatile.Read(ref _case);
        if (current is null)
        {
            connection.Abort();
            return;
        }

        current.ConnectionAccepted();
        try
        {
            // One request after another on a kept-alive connection, until the client closes it or a fault ends it.
            while (await RawHttp.ReadRequestAsync(connection.Transport.Input, _stopping.Token) is { } request)
            {
                current.RequestReceived(request);
                if (!await FaultResponder.RespondAsync(current.Fault, request, connection, _stopping.Token))
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ConnectionResetException
            or ConnectionAbortedException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away mid-answer (it timed out, or gave up on a broken body): that is the point.
        }
        finally
        {
            current.ConnectionClosed();
        }
    }
}
