using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Tratta.Tests.Shared;

/// <summary>
/// Prism (<c>@stoplight/prism-cli</c>, from the repository's package.json) running as a child process on a free
/// loopback port, its output kept for failure messages (linked into the test projects that need it).
/// </summary>
internal sealed partial class PrismProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private PrismProcess(Process process, StringBuilder output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    /// <summary>Where to send requests: Prism's root, which stands for the spec's server URL.</summary>
    public Uri Address { get; }

    /// <summary>What Prism printed.</summary>
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

    /// <summary>How much Prism has printed so far: a mark for <see cref="RequestViolationsSince"/>.</summary>
    public int OutputLength
    {
        get
        {
            lock (_output)
            {
                return _output.Length;
            }
        }
    }

    /// <summary>The request violations Prism logged ("Violation: request.body …") after <paramref name="mark"/>.</summary>
    /// <param name="mark">An <see cref="OutputLength"/> taken earlier.</param>
    /// <returns>The lines.</returns>
    public IReadOnlyList<string> RequestViolationsSince(int mark) =>
        Output.Substring(Math.Min(mark, Output.Length)).Split('\n').Where(line => line.Contains("Violation: request", StringComparison.Ordinal)).Select(line => line.Trim()).ToList();

    /// <summary>Starts Prism, e.g. <c>mock spec.yaml</c>, and waits until it listens.</summary>
    /// <param name="arguments">The command and its arguments; the host and port are added.</param>
    /// <param name="startupTimeout">How long a large document may take to load.</param>
    /// <returns>The running Prism.</returns>
    public static async Task<PrismProcess> StartAsync(IEnumerable<string> arguments, TimeSpan startupTimeout)
    {
        var root = RepositoryRoot.Path;
        var prism = System.IO.Path.Combine(root, "node_modules", ".bin", "prism");
        if (!File.Exists(prism))
        {
            throw new InvalidOperationException($"Prism is not installed at {prism}: run 'npm ci' in {root} (building this test project does it).");
        }

        // Port 0: Prism binds a free port itself and names it, so no other process can take it between a probe and the bind.
        var start = new ProcessStartInfo(prism, arguments.Concat(["--host", "127.0.0.1", "--port", "0"]))
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
        var startup = await Task.WhenAny(listening.Task, exited, Task.Delay(startupTimeout));
        var running = new PrismProcess(process, output, startup == listening.Task ? await listening.Task : new Uri("http://127.0.0.1/"));
        if (startup != listening.Task)
        {
            await running.DisposeAsync();
            throw new InvalidOperationException((startup == exited ? "Prism exited before listening:\n" : $"Prism did not listen within {startupTimeout.TotalSeconds} s:\n") + running.Output);
        }

        return running;

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
