using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Tratta.Sandbox.Hosting;

/// <summary>
/// A host lifetime that does nothing. The default console lifetime would take over Ctrl+C and SIGTERM of the whole
/// process — swallowing them in a test run or in the app that embeds the sandbox. The sandbox is stopped by
/// <see cref="SandboxServer.StopAsync"/>; the standalone program handles the signals itself.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
