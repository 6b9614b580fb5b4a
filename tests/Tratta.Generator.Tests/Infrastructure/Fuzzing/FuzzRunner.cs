using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>What one generator run on a mutant produced, and what was wrong with it (empty: nothing).</summary>
internal sealed record FuzzOutcome(TimeSpan Elapsed, ImmutableArray<Diagnostic> Diagnostics, int SourceCount, bool Compiled, bool SameOutputAsBefore, IReadOnlyList<string> Failures);

/// <summary>
/// Runs the generator on a mutant as the compiler would, on a thread with a 1 MB stack (the smallest a compiler
/// thread gets: a generator that recurses once per nesting level must fail there, not only on the 8 MB main thread),
/// and gives up after the hang bound.
/// </summary>
internal sealed class FuzzRunner
{
    private const int CompilerStackSize = 1024 * 1024;

    // The largest clients compile in 5-20 s on two busy cores.
    private static readonly TimeSpan CompileBound = TimeSpan.FromSeconds(120);

    // A hash of the generated sources of every mutant already compiled without errors: most mutants of a document
    // generate the same client, and compiling it again proves nothing.
    private readonly HashSet<string> _compiledOutputs = [];

    public FuzzOutcome Run(Mutant mutant, TimeSpan hangBound, bool compile)
    {
        GeneratorRun? run = null;
        Exception? crash = null;
        var stopwatch = new Stopwatch();
        using var cancellation = new CancellationTokenSource();
        var thread = new Thread(
            () =>
            {
                try
                {
                    stopwatch.Start();
                    run = GeneratorHarness.Run(mutant.Text, cancellationToken: cancellation.Token);
                    stopwatch.Stop();
                }
                catch (Exception exception)
                {
                    crash = exception;
                }
            },
            CompilerStackSize) { IsBackground = true, Name = "fuzz " + mutant };
        thread.Start();
        if (!thread.Join(hangBound))
        {
            // Cancelled so that a generator that does check its token stops; one that does not is left in the background.
            cancellation.Cancel();
            thread.Join(TimeSpan.FromSeconds(5));
            return new FuzzOutcome(stopwatch.Elapsed, [], 0, false, false, [$"no result after {hangBound.TotalSeconds:0} s (the hang bound)"]);
        }

        if (crash is not null || run is null)
        {
            return new FuzzOutcome(stopwatch.Elapsed, [], 0, false, false, ["the driver threw " + crash]);
        }

        var failures = new List<string>();
        var result = run.Result.Results.Single();
        if (result.Exception is not null)
        {
            failures.Add("the generator threw " + result.Exception);
        }

        var diagnostics = run.GeneratorDiagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray();
        foreach (var diagnostic in diagnostics.Where(d => d.Id is "CS8785" or "TRATTA099"))
        {
            failures.Add("the generator failed: " + diagnostic);
        }

        var sources = result.GeneratedSources;
        var key = OutputHash(sources);
        var same = sources.Length > 0 && _compiledOutputs.Contains(key);
        var compiled = false;
        if (compile && sources.Length > 0 && !same)
        {
            compiled = true;

            // Bounded too: generated code the compiler binds in exponential time is a build that never ends.
            var compiling = System.Threading.Tasks.Task.Run(() => run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList());
            var errors = compiling.Wait(CompileBound) ? compiling.Result : null;
            if (errors is null)
            {
                failures.Add($"compiling the generated code took more than {CompileBound.TotalSeconds:0} s");
            }
            else if (errors.Count > 0)
            {
                failures.Add($"the generated code has {errors.Count} errors: " + string.Join("\n", errors.Take(5)));
            }
            else
            {
                _compiledOutputs.Add(key);
            }
        }

        return new FuzzOutcome(stopwatch.Elapsed, diagnostics, sources.Length, compiled, same, failures);
    }

    /// <summary>Writes a mutant and the files the generator makes of it to a folder, to look at a replayed failure.</summary>
    public static string Dump(Mutant mutant)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tratta-fuzz", $"{mutant.Document}#{mutant.Index}");
        System.IO.Directory.CreateDirectory(folder);
        System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "mutant-" + mutant.Document), mutant.Text);
        var run = GeneratorHarness.Run(mutant.Text);
        foreach (var source in run.Result.Results.Single().GeneratedSources)
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, source.HintName), source.SourceText.ToString());
        }

        return folder;
    }

    private static string OutputHash(ImmutableArray<GeneratedSourceResult> sources)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(source.HintName + "\n" + source.SourceText + "\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
