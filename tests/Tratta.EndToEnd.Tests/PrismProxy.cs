using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Tratta.Tests.Shared;

namespace Tratta.EndToEnd.Tests;

/// <summary>
/// Prism (<c>@stoplight/prism-cli</c>, from the repository's package.json) as a validating proxy in front of an
/// upstream server: every request and response is checked against spec/tratta.yaml, and each violation is reported
/// in the response's <c>sl-violations</c> header.
/// </summary>
internal sealed partial class PrismProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private PrismProxy(Process process, StringBuilder output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    /// <summary>Where to send requests: the proxy's root, standing for the spec's server URL.</summary>
    public Uri Address { get; }

    /// <summary>What Prism printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<PrismProxy> StartAsync(Uri upstream)
    {
        var root = RepositoryRoot.Path;
        var prism = Path.Combine(root, "node_modules", ".bin", "prism");
        if (!File.Exists(prism))
        {
            throw new InvalidOperationException($"Prism is not installed at {prism}: run 'npm ci' in {root} (building this test project does it).");
        }

        // Port 0: Prism binds a free port itself and names it, so no other process can take it between a probe and the bind.
        var start = new ProcessStartInfo(prism, ["proxy", Path.Combine(root, "spec", "tratta.yaml"), upstream.AbsoluteUri.TrimEnd('/'), "--host", "127.0.0.1", "--port", "0", "--errors"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Read(line.Data);
        process.ErrorDataReceived += (_, line) => Read(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var startup = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        var proxy = new PrismProxy(process, output, startup == listening.Task ? await listening.Task : new Uri("http://127.0.0.1/"));
        if (startup != listening.Task)
        {
            await proxy.DisposeAsync();
            throw new InvalidOperationException((startup == exited ? "Prism exited before listening:\n" : "Prism did not listen within 60 s:\n") + proxy.Output);
        }

        return proxy;

        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["address"].Value.TrimEnd('/') + "/"));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>"Prism is listening on http://127.0.0.1:41831", the line Prism prints once it accepts requests.</summary>
    [GeneratedRegex(@"listening on (?<address>http://\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningLine();
}
