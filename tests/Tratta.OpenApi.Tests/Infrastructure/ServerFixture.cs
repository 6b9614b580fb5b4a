using System.Threading.Tasks;
using Xunit;

namespace Tratta.OpenApi.Tests.Infrastructure;

/// <summary>A loopback server per test class; each test queues its answers and reads what was sent.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public LoopbackServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
