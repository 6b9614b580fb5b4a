using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Tratta.Benchmarks;

if (args.Length > 0 && args[0] == Tratta.Benchmarks.Generator.GenerationReport.Command)
{
    return Tratta.Benchmarks.Generator.GenerationReport.Run(args[1..]);
}

// `--quick` is ours, not BenchmarkDotNet's: it swaps the default job (accurate, minutes per class) for a short
// in-process one that runs every benchmark in well under three minutes, for a CI smoke run that asserts no timing.
var quick = args.Contains(QuickRunConfig.Argument, StringComparer.Ordinal);
var benchmarkArgs = args.Where(arg => !string.Equals(arg, QuickRunConfig.Argument, StringComparison.Ordinal)).ToArray();
IConfig config = quick ? QuickRunConfig.Create() : DefaultConfig.Instance;

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs, config).ToArray();
return RunOutcome.ExitCode(benchmarkArgs, summaries);
