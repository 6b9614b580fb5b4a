using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Sample.Tests;

/// <summary>
/// The sample, published self-contained for linux-x64 with PublishTrimmed and no trim warning, runs the whole payment
/// flow: proof that the generated client and the sandbox are safe to trim (no NativeAOT toolchain is available here).
/// </summary>
public sealed partial class TrimmedSampleTests
{
    [Fact]
    public async Task The_trimmed_self_contained_sample_publishes_without_warnings_and_runs_the_flow()
    {
        var root = RepositoryRoot.Path;
        var output = Path.Combine(Path.GetTempPath(), "tratta-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Its own artifacts folder: the publish restores for linux-x64 and builds Release, and must not rewrite the
            // obj/ folders (project.assets.json) that the other test projects are being built from at the same time.
            var publish = await ProcessRunner.RunAsync("dotnet", ["publish", Path.Combine(root, "samples", "Tratta.Sample"), "-c", "Release", "-r", "linux-x64", "--self-contained", "--artifacts-path", Path.Combine(output, "artifacts"), "-o", Path.Combine(output, "app"), "-nologo"], root, TimeSpan.FromMinutes(8));
            Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);
            Assert.DoesNotMatch(MSBuildWarning(), publish.Output);

            var sample = await ProcessRunner.RunAsync(Path.Combine(output, "app", "Tratta.Sample"), [], output, TimeSpan.FromMinutes(2));

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

    /// <summary>"warning IL2026:", "warning NU1603:" and the like, in MSBuild's canonical form.</summary>
    [GeneratedRegex(@"\bwarning [A-Z]+\d+\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex MSBuildWarning();
}
