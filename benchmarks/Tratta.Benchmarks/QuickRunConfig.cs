using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Tratta.Benchmarks;

/// <summary>
/// The configuration of <c>--quick</c>: every benchmark runs, its GlobalSetup checks what it measures, and the
/// numbers are rough. In process (no project generated and built per run) and a few short iterations, so that all
/// the benchmarks of this project finish in well under three minutes on two cores.
/// </summary>
internal static class QuickRunConfig
{
    /// <summary>The command-line argument that selects this configuration.</summary>
    public const string Argument = "--quick";

    public static IConfig Create()
    {
        var job = new Job("Quick")
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(50));
        return ManualConfig.Create(DefaultConfig.Instance).AddJob(job);
    }
}
