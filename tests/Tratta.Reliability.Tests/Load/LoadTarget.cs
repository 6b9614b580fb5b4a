using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tratta.Client;
using Tratta.Reliability.Tests.Infrastructure;
using Tratta.Sandbox;

namespace Tratta.Reliability.Tests.Load;

/// <summary>
/// A sandbox on a loopback port and ONE client resolved from dependency injection (<c>AddTrattaClient</c>: the typed
/// client of IHttpClientFactory, the payment-safe pipeline, logging at Trace into a <see cref="SecretScan"/>), with the
/// sandbox's connections counted from Kestrel's meter. The calls mix reads and charges as an application would.
/// </summary>
internal sealed class LoadTarget : IAsyncDisposable
{
    public const string DebtAccount = "DEBT-LOAD";

    private readonly SandboxServer _sandbox;
    private readonly ServiceProvider _services;
    private string _customerId = "";
    private bool _clientDisposed;

    private LoadTarget(SandboxServer sandbox, ServiceProvider services, KestrelConnectionMeter meter)
    {
        _sandbox = sandbox;
        _services = services;
        Connections = meter;
        Client = services.GetRequiredService<ITrattaClient>();
    }

    public ITrattaClient Client { get; }

    public KestrelConnectionMeter Connections { get; }

    public ScanningLoggerProvider Logs { get; private set; } = null!;

    /// <param name="scan">Where every log event goes.</param>
    /// <param name="maxConnectionsPerServer">0 keeps the registration's own primary handler; otherwise a
    /// handler with this limit, set the way an application would (ConfigurePrimaryHttpMessageHandler).</param>
    public static async Task<LoadTarget> StartAsync(SecretScan scan, int maxConnectionsPerServer)
    {
        // A balance no run can use up: every immediate charge reduces it, and a charge must stay below it.
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            ApiKey = TestSecrets.ApiKey,
            DebtAccounts = [new SandboxDebtAccount(DebtAccount, SandboxDebtAccount.ActiveStatus, 1_000_000_000_000m)],
        });
        var meter = new KestrelConnectionMeter(sandbox.BaseAddress.Port);
        var logs = new ScanningLoggerProvider(scan);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var http = services.AddTrattaClient(options =>
        {
            options.BaseUrl = sandbox.BaseAddress;
            options.ApiKey = TestSecrets.ApiKey;
        });
        if (maxConnectionsPerServer > 0)
        {
            // The registration's own primary handler, with the limit set on it, as an application would.
            http.ConfigurePrimaryHttpMessageHandler((handler, _) =>
            {
                switch (handler)
                {
                    case SocketsHttpHandler sockets:
                        sockets.MaxConnectionsPerServer = maxConnectionsPerServer;
                        break;
                    case HttpClientHandler client:
                        client.MaxConnectionsPerServer = maxConnectionsPerServer;
                        break;
                    default:
                        throw new InvalidOperationException($"The primary handler is a {handler.GetType().Name}.");
                }
            });
        }

        var target = new LoadTarget(sandbox, services.BuildServiceProvider(), meter) { Logs = logs };
        target._customerId = (await target.Client.Customers.CreateAsync(TestSecrets.Customer("load-" + Guid.NewGuid().ToString("N")[..8]))).Id;
        return target;
    }

    /// <summary>Call number <paramref name="index"/>: 2 in 5 get a customer, 1 in 5 lists, 2 in 5 charge (card, bank account).</summary>
    public async Task<object> CallAsync(long index, CancellationToken cancellationToken = default) => (index % 5) switch
    {
        0 or 1 => await Client.Customers.GetAsync(_customerId, cancellationToken),
        2 => await Client.Customers.ListAsync(cancellationToken),
        3 => await Client.Charges.CreateAsync(TestSecrets.Charge(DebtAccount, "l" + index, amount: 5.5m), cancellationToken),
        _ => await Client.Charges.CreateAsync(TestSecrets.Charge(DebtAccount, "l" + index, withBankAccount: true, amount: 5.5m), cancellationToken),
    };

    /// <summary>Disposes the service provider; its IHttpClientFactory keeps the pooled handlers, and their sockets, until they expire.</summary>
    public async Task DisposeClientAsync()
    {
        if (!_clientDisposed)
        {
            _clientDisposed = true;
            await _services.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeClientAsync();
        Connections.Dispose();
        await _sandbox.DisposeAsync();
    }
}
