using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace Tratta.Sample.Tests;

/// <summary>
/// The sample, published for linux-x64 with no trim or AOT warning, runs the whole payment flow: proof that the
/// generated client, Tratta.Runtime and the sandbox are safe to trim (self-contained, trimmed) and to compile ahead
/// of time (NativeAOT). One class, so that the two publishes run one after the other on a two-core machine.
/// </summary>
public sealed partial class PublishedSampleTests(ITestOutputHelper output)
{
    [Fact]
    public Task The_trimmed_self_contained_sample_publishes_without_warnings_and_runs_the_flow() =>
        PublishAndRunAsync("trimmed", "--self-contained");

    [Fact]
    public Task The_NativeAOT_sample_publishes_without_warnings_and_runs_the_flow() =>
        PublishAndRunAsync("native", "-p:NativeAot=true");

    private async Task PublishAndRunAsync(string kind, string option)
    {
        var root = RepositoryRoot.Path;
        var folder = Path.Combine(Path.GetTempPath(), $"tratta-sample-{kind}-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Its own artifacts folder: the publish restores for linux-x64 and builds Release, and must not rewrite the
            // obj/ folders (project.assets.json) that the other test projects are being built from at the same time.
            var watch = Stopwatch.StartNew();
            var publish = await ProcessRunner.RunAsync("dotnet", ["publish", Path.Combine(root, "samples", "Tratta.Sample"), "-c", "Release", "-r", "linux-x64", option, "--artifacts-path", Path.Combine(folder, "artifacts"), "-o", Path.Combine(folder, "app"), "-nologo"], root, TimeSpan.FromMinutes(10));
            var publishTime = watch.Elapsed;
            Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);
            Assert.DoesNotMatch(MSBuildWarning(), publish.Output);

            var binary = Path.Combine(folder, "app", "Tratta.Sample");
            watch.Restart();
            var sample = await ProcessRunner.RunAsync(binary, [], folder, TimeSpan.FromMinutes(2));
            var size = new DirectoryInfo(Path.Combine(folder, "app")).EnumerateFiles("*", SearchOption.AllDirectories).Where(f => f.Extension is not ".dbg" and not ".pdb" and not ".xml").Sum(f => f.Length);
            output.WriteLine($"{kind}: published in {publishTime.TotalSeconds:0} s; {size / 1024.0 / 1024.0:0.0} MB without symbols and docs; the flow ran in {watch.Elapsed.TotalMilliseconds:0} ms");

            Assert.True(sample.ExitCode == 0, $"The {kind} sample failed:\n" + sample.Output);
            Assert.Contains("Sandbox started in this process at http://127.0.0.1:", sample.Output);
            Assert.Contains("Charge $25.00 now", sample.Output);
            Assert.Contains("rejected before sending, 5 errors:", sample.Output);
            Assert.Contains("Done: 12 steps, every one as documented.", sample.Output);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>"warning IL2026:", "warning IL3050:", "warning NU1603:" and the like, in MSBuild's canonical form.</summary>
    [GeneratedRegex(@"\bwarning [A-Z]+\d+\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex MSBuildWarning();
}
