using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Sample.Tests;

/// <summary>
/// The sample, published self-contained for linux-x64 with PublishTrimmed and no trim warning, runs the whole payment
/// flow: proof that the generated client and the sandbox are safe to trim (no NativeAOT toolchain is available here).
/// </summary>
public sealed class TrimmedSampleTests
{
    [Fact]
    public async Task The_trimmed_self_contained_sample_publishes_without_warnings_and_runs_the_flow()
    {
        var root = RepositoryRoot.Path;
        var output = Path.Combine(Path.GetTempPath(), "tratta-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var publish = await RunAsync("dotnet", ["publish", Path.Combine(root, "samples", "Tratta.Sample"), "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", output, "-nologo"], root, TimeSpan.FromMinutes(8));
            Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);
            Assert.DoesNotContain("warning IL", publish.Output);
            Assert.DoesNotContain("warning", publish.Output, StringComparison.OrdinalIgnoreCase);

            var sample = await RunAsync(Path.Combine(output, "Tratta.Sample"), [], output, TimeSpan.FromMinutes(2));

            Assert.True(sample.ExitCode == 0, "The trimmed sample failed:\n" + sample.Output);
            Assert.Contains("Sandbox started in this process at http://127.0.0.1:", sample.Output);
            Assert.Contains("Charge $25.00 now", sample.Output);
            Assert.Contains("rejected before sending, 5 errors:", sample.Output);
            Assert.Contains("Done: 12 steps, every one as documented.", sample.Output);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // The sample must start its own sandbox, whatever the environment of the test run says.
        start.Environment.Remove("TRATTA_BASE_URL");
        start.Environment.Remove("TRATTA_API_KEY");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new System.Threading.CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
