using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Tratta.Benchmarks.Builds;

/// <summary>
/// From a spec edit to a compiled client, each tool the way its users work: Tratta is a <c>dotnet build</c> of the
/// project after the spec changed (the generator runs inside it); Kiota and NSwag generate the code with their
/// command-line tool, then the project is built. Whole processes are timed, a few times each (RunStrategy.Monitoring).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class SpecToClientBenchmarks
{
    private PeerWorkspace _workspace = null!;
    private int _edits;

    [ParamsSource(nameof(Documents))]
    public BuildDocument Document { get; set; } = null!;

    public static IEnumerable<BuildDocument> Documents() => BuildDocument.All();

    /// <summary>Builds with the compiler server (a developer's machine) or a new compiler process each time (CI).</summary>
    [Params(false, true)]
    public bool CompilerServer { get; set; }

    // Each benchmark runs in a process of its own: the projects are prepared, and each tool's output built before the
    // timing (restore, first build, the compiler server warmed), so that what is timed is the edit-to-client loop.
    [GlobalSetup(Target = nameof(TrattaBuild))]
    public void SetupTratta()
    {
        _workspace = PeerWorkspace.PrepareAsync(Document, "tratta", CompilerServer).GetAwaiter().GetResult();
        Warm(() =>
        {
            _workspace.EditSpec(++_edits);
            return _workspace.BuildTrattaAsync();
        });
        Console.WriteLine("// size: " + _workspace.Size("tratta"));
    }

    [GlobalSetup(Target = nameof(KiotaGenerateAndBuild))]
    public void SetupKiota()
    {
        _workspace = PeerWorkspace.PrepareAsync(Document, "kiota", CompilerServer).GetAwaiter().GetResult();
        Warm(_workspace.GenerateAndBuildKiotaAsync);
        Console.WriteLine("// size: " + _workspace.Size("kiota"));
    }

    [GlobalSetup(Target = nameof(NSwagGenerateAndBuild))]
    public void SetupNSwag()
    {
        _workspace = PeerWorkspace.PrepareAsync(Document, "nswag", CompilerServer).GetAwaiter().GetResult();
        Warm(_workspace.GenerateAndBuildNSwagAsync);
        Console.WriteLine("// size: " + _workspace.Size("nswag"));
    }

    // The first build restores and builds everything; with the compiler server, a few more (each compiling, after an
    // edit or a new generation) let it reach the speed it has after a few builds of a working session (its own code
    // compiled by the JIT), which is what a developer sees.
    private void Warm(Func<System.Threading.Tasks.Task> build)
    {
        for (var i = 0; i < (CompilerServer ? 4 : 1); i++)
        {
            build().GetAwaiter().GetResult();
        }
    }

    [IterationSetup(Target = nameof(TrattaBuild))]
    public void EditSpec() => _workspace.EditSpec(++_edits);

    [Benchmark(Baseline = true, Description = "Tratta: dotnet build")]
    public void TrattaBuild() => _workspace.BuildTrattaAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Kiota: generate + build")]
    public void KiotaGenerateAndBuild() => _workspace.GenerateAndBuildKiotaAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "NSwag: generate + build")]
    public void NSwagGenerateAndBuild() => _workspace.GenerateAndBuildNSwagAsync().GetAwaiter().GetResult();
}
