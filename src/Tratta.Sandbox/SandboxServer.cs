using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Tratta.Sandbox.Hosting;
using Tratta.Sandbox.State;

namespace Tratta.Sandbox;

/// <summary>
/// A running sandbox: a local HTTP server on 127.0.0.1 that behaves like the Tratta API, with its state in memory.
/// Start one per test (or per sample run), point an <c>HttpClient</c> at <see cref="BaseAddress"/> with
/// <c>Authorization: Bearer {ApiKey}</c>, and dispose it when done.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxState _state;
    private int _stopped;

    private SandboxServer(WebApplication app, SandboxState state, Uri baseAddress, string apiKey)
    {
        _app = app;
        _state = state;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    /// <summary>The API root, <c>http://127.0.0.1:{port}/api/v1/</c> (with the trailing slash relative paths need).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The bearer token the sandbox accepts.</summary>
    public string ApiKey { get; }

    /// <summary>
    /// Starts a sandbox. <paramref name="options"/> are copied: changing them afterwards does not affect it.
    /// </summary>
    /// <exception cref="ArgumentException">The options are unusable (no API key, a port out of range, a debt account
    /// listed twice).</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new ArgumentException("The sandbox needs an API key.", nameof(options));
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"Port {options.Port} is not a TCP port (0 picks a free one).", nameof(options));
        }

        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        var state = new SandboxState(
            new SandboxStore(options.DebtAccounts ?? []),
            new SandboxClock(options.TimeProvider),
            options.MinimumPaymentAmount);

        var app = SandboxApplication.Build(options, state);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        // With port 0 the port is only known once Kestrel has bound it.
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(bound).Port;
        return new SandboxServer(app, state, new Uri($"http://127.0.0.1:{port}/api/v1/"), options.ApiKey);
    }

    /// <summary>A debt account as it is now (its balance reduced by the immediate charges so far), or null.</summary>
    public SandboxDebtAccount? GetDebtAccount(string externalId)
    {
        ArgumentNullException.ThrowIfNull(externalId);
        return _state.Transact(store => store.FindDebtAccount(externalId));
    }

    /// <summary>Every debt account as it is now.</summary>
    public IReadOnlyList<SandboxDebtAccount> GetDebtAccounts() => _state.Transact(store => store.DebtAccounts());

    /// <summary>Stops listening. Requests in flight are given until <paramref name="cancellationToken"/> to finish.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    /// <summary>Stops the sandbox if still running and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
