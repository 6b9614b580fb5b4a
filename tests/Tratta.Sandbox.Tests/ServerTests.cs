using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace Tratta.Sandbox.Tests;

public sealed class ServerTests
{
    [Fact]
    public async Task The_base_address_is_the_loopback_api_root_with_a_trailing_slash()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var address = sandbox.Server.BaseAddress;

        Assert.Equal("http", address.Scheme);
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        Assert.Equal("/api/v1/", address.AbsolutePath);
        Assert.Equal(SandboxOptions.DefaultApiKey, sandbox.Server.ApiKey);
    }

    [Fact]
    public async Task A_configured_port_is_used()
    {
        // A port found free may be taken by another process before the sandbox binds it: then try another one.
        int port = 0;
        TestSandbox? started = null;
        for (var attempt = 1; started is null; attempt++)
        {
            port = FreePort();
            try
            {
                started = await TestSandbox.StartAsync(options => options.Port = port);
            }
            catch (IOException) when (attempt < 3)
            {
            }
        }

        await using var sandbox = started;

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/api/v1/"), sandbox.Server.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync("customers")).Status);
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start_with_the_port_in_the_message()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var failure = await Assert.ThrowsAsync<IOException>(() => SandboxServer.StartAsync(new SandboxOptions { Port = port }));

        Assert.Contains($"127.0.0.1:{port}", failure.Message);
        Assert.Contains("address already in use", failure.Message);
    }

    [Fact]
    public async Task Two_sandboxes_have_their_own_port_and_state()
    {
        await using var one = await TestSandbox.StartAsync();
        await using var two = await TestSandbox.StartAsync();

        await one.CreateCustomerAsync();

        Assert.NotEqual(one.Server.BaseAddress, two.Server.BaseAddress);
        Assert.Single(JsonAssert.Array((await one.GetAsync("customers")).Data));
        Assert.Empty(JsonAssert.Array((await two.GetAsync("customers")).Data));
    }

    [Fact]
    public async Task Paths_outside_the_API_are_404()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        JsonAssert.NotFound(await sandbox.GetAsync("unknown"));
        JsonAssert.NotFound(await sandbox.GetAsync("/"));
    }

    [Fact]
    public async Task After_stopping_nothing_answers_and_disposing_again_is_harmless()
    {
        var sandbox = await TestSandbox.StartAsync();
        await sandbox.Server.StopAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => sandbox.GetAsync("customers"));
        await sandbox.DisposeAsync();
    }

    [Fact]
    public async Task Unusable_options_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions { ApiKey = " " }));
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions { Port = 70000 }));
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions
        {
            DebtAccounts = [new("D-1", "active", 10m), new("D-1", "active", 20m)],
        }));
    }

    [Fact]
    public async Task Changing_the_options_after_start_does_not_change_the_sandbox()
    {
        var options = new SandboxOptions();
        await using var server = await SandboxServer.StartAsync(options);

        options.DebtAccounts.Clear();
        options.ApiKey = "changed";

        Assert.Equal(3, server.GetDebtAccounts().Count);
        Assert.Equal(SandboxOptions.DefaultApiKey, server.ApiKey);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
