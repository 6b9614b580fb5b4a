using System;
using System.IO;
using System.Linq;
using Tratta.Generator.Testing;
using Tratta.Generator.Tests.Infrastructure;
using Xunit;

namespace Tratta.Generator.Tests;

/// <summary>
/// Every file generated from spec/tratta.yaml, reviewed as a diff whenever it changes: through
/// Tratta.Generator.Testing, the same one-line path the README shows a consumer.
/// </summary>
public sealed class GeneratedCodeSnapshotTests
{
    [Fact]
    public void Tratta_spec() => TrattaSnapshots.Verify(Path.Combine(AppContext.BaseDirectory, "Specs", "tratta.yaml"), "Tratta.Client", "TrattaClient");

    [Fact]
    public void The_code_generated_from_the_Tratta_spec_compiles_without_errors_or_warnings()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadSpec("tratta.yaml"), "Tratta.Client", "TrattaClient");

        Assert.Empty(run.CompilationProblems());
    }

    // Within one process this catches state carried between runs; order that depends on the per-process string hash
    // seed is caught by Tratta_spec, whose snapshots were written by another process.
    [Fact]
    public void Generation_is_deterministic()
    {
        var spec = GeneratorHarness.ReadSpec("tratta.yaml");

        var first = GeneratorHarness.Run(spec, "Tratta.Client", "TrattaClient").Sources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
        var second = GeneratorHarness.Run(spec, "Tratta.Client", "TrattaClient").Sources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();

        Assert.Equal(first, second);
    }
}
