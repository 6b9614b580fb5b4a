using System;
using System.Threading.Tasks;
using Tratta.Sandbox;
using Xunit;

namespace Tratta.EndToEnd.Tests;

/// <summary>A sandbox on a free loopback port and a generated client pointed at it, over real HTTP.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxServer Sandbox { get; private set; } = null!;

    public TrattaClientFactory Clients => new(Sandbox.BaseAddress, Sandbox.ApiKey);

    public async Task InitializeAsync() => Sandbox = await SandboxServer.StartAsync(new SandboxOptions());

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}

/// <summary>Makes clients for a base URL, with the right key or another one.</summary>
public sealed record TrattaClientFactory(Uri BaseUrl, string ApiKey)
{
    public Tratta.Client.TrattaClient Create(string? apiKey = null) =>
        Tratta.Client.TrattaClient.Create(new Tratta.Client.TrattaClientOptions { BaseUrl = BaseUrl, ApiKey = apiKey ?? ApiKey });
}
