using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Tratta.Tests.Shared;
using Xunit;

namespace Tratta.Spec.Tests;

/// <summary>The spec passes Redocly CLI, an OpenAPI linter written by others, with no error and no warning.</summary>
public sealed class RedoclyLintTests
{
    [Fact]
    public async Task The_spec_lints_clean()
    {
        var redocly = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"Redocly CLI is not installed at {redocly}: run 'npm ci' in the repository root (the test project's build does it).");

        var start = new ProcessStartInfo(redocly, ["lint", "spec/tratta.yaml", "--format=json"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        var report = JsonDocument.Parse(await stdout);
        var totals = report.RootElement.GetProperty("totals");
        var problems = report.RootElement.GetProperty("problems").ToString();
        Assert.True(totals.GetProperty("errors").GetInt32() == 0, "Redocly errors: " + problems + await stderr);
        Assert.True(totals.GetProperty("warnings").GetInt32() == 0, "Redocly warnings: " + problems);
        Assert.Equal(0, process.ExitCode);
    }
}
