using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace Tratta.Benchmarks;

/// <summary>
/// The process exit code. BenchmarkDotNet prints a failed benchmark (a GlobalSetup whose check threw, say) and still
/// exits 0; a CI smoke run must fail then, and also when the filter matched nothing, since it would have run nothing.
/// </summary>
internal static class RunOutcome
{
    // Arguments that only print something: no benchmark runs, and that is what was asked for.
    private static readonly string[] InformationOnly = ["--list", "--help", "-h", "-?", "--info", "--version"];

    public static int ExitCode(IReadOnlyList<string> args, IReadOnlyList<Summary> summaries)
    {
        if (args.Any(arg => InformationOnly.Contains(arg, StringComparer.OrdinalIgnoreCase)))
        {
            return 0;
        }

        if (summaries.Count == 0 || summaries.All(summary => summary.Reports.Length == 0))
        {
            Console.Error.WriteLine("No benchmark ran: check the --filter patterns (see benchmarks/Tratta.Benchmarks/README.md).");
            return 1;
        }

        var failed = summaries
            .SelectMany(summary => summary.Reports)
            .Where(report => !report.Success)
            .Select(report => report.BenchmarkCase.DisplayInfo)
            .ToList();
        var invalid = summaries.Where(summary => summary.HasCriticalValidationErrors).ToList();
        foreach (var name in failed)
        {
            Console.Error.WriteLine($"Benchmark failed: {name}");
        }

        foreach (var summary in invalid)
        {
            Console.Error.WriteLine($"Benchmark run rejected by BenchmarkDotNet's validation: {summary.Title}");
        }

        return failed.Count == 0 && invalid.Count == 0 ? 0 : 1;
    }
}
