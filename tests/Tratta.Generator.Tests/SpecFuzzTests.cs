using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Tratta.Generator.Tests.Infrastructure;
using Tratta.Generator.Tests.Infrastructure.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace Tratta.Generator.Tests;

/// <summary>
/// Spec fuzzing: Tratta's spec and the corpus documents, mutated as text and as YAML (see
/// <see cref="SpecMutator"/>). Whatever the spec, the generator does not throw, does not hang, and what it emits
/// compiles: a problem of the spec is a TRATTA diagnostic, never a crash (CS8785, TRATTA099) or a C# error.
/// The default run is the CI budget; <see cref="FuzzBudget"/> says how to run longer or replay one mutant.
/// </summary>
public sealed class SpecFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void No_mutated_spec_crashes_or_hangs_the_generator_or_makes_code_that_does_not_compile()
    {
        var budget = FuzzBudget.FromEnvironment();
        var runner = new FuzzRunner();
        var tally = new FuzzTally();
        var texts = new Dictionary<string, string>();
        // One untimed run first: the first run of a process compiles the generator and the driver (2-3 s on a busy
        // machine), which is not the mutant's time and must not meet the hang bound.
        var warmUp = FuzzBudget.Documents[0].Name;
        runner.Run(new Mutant(warmUp, -1, MutationKind.Truncate, "none: the document as it is", GeneratorHarness.ReadSpec(warmUp)), TimeSpan.FromMinutes(1), compile: false);
        var clock = Stopwatch.StartNew();
        var timeUp = false;
        for (var round = 0; !timeUp; round++)
        {
            foreach (var document in FuzzBudget.Documents)
            {
                foreach (var index in Indexes(budget, document, round))
                {
                    var started = clock.Elapsed;
                    var original = texts.TryGetValue(document.Name, out var cached) ? cached : texts[document.Name] = GeneratorHarness.ReadSpec(document.Name);
                    var mutant = SpecMutator.Mutate(document.Name, original, budget.Seed, index);
                    if (budget.Trace)
                    {
                        // A stack overflow ends the test process before any summary: the last mutant written is the one.
                        Console.Error.WriteLine("fuzz: " + mutant);
                    }

                    if (budget.Only is not null)
                    {
                        Console.Error.WriteLine("fuzz: the mutant and what it generates are in " + FuzzRunner.Dump(mutant));
                    }

                    var compile = budget.Compiles(document, index);
                    var outcome = runner.Run(mutant, FuzzBudget.HangBound(document, original.Length, mutant.Text.Length), compile);
                    tally.Add(mutant, outcome, budget.Seed, clock.Elapsed - started);
                    if (budget.Duration is { } duration && clock.Elapsed >= duration)
                    {
                        timeUp = true;
                        break;
                    }
                }

                if (timeUp)
                {
                    break;
                }
            }

            // Rounds go on only while a duration asks for them.
            timeUp |= budget.Duration is null || budget.Only is not null;
        }

        var summary = tally.Summary(budget.Mode, budget.Seed, clock.Elapsed);

        // xunit 2 shows a passing test's ITestOutputHelper text only in some runners; standard error reaches the
        // console of `dotnet test` in every case, so the counts are written there too.
        Console.Error.WriteLine(summary);
        output.WriteLine(summary);
        Assert.True(tally.Mutants > 0, "No mutant was made (is TRATTA_FUZZ_ONLY a document and index?).");
        Assert.True(tally.Failures.Count == 0, $"{tally.Failures.Count} mutants broke the generator:\n" + string.Join("\n", tally.Failures.Take(20)));
    }

    [Fact]
    public void A_mutant_is_the_same_for_the_same_seed_document_and_index()
    {
        var text = GeneratorHarness.ReadSpec("oai-petstore-expanded.yaml");

        var first = Enumerable.Range(0, 30).Select(i => SpecMutator.Mutate("oai-petstore-expanded.yaml", text, FuzzBudget.DefaultSeed, i)).ToList();
        var again = Enumerable.Range(0, 30).Select(i => SpecMutator.Mutate("oai-petstore-expanded.yaml", text, FuzzBudget.DefaultSeed, i)).ToList();

        Assert.Equal(first, again);
        Assert.True(first.Select(m => m.Kind).Distinct().Count() > 10, "30 mutants should cover most kinds of mutation.");
    }

    private static IEnumerable<int> Indexes(FuzzBudget budget, FuzzDocument document, int round)
    {
        if (budget.Only is { } only)
        {
            return only.Document == document.Name && round == 0 ? [only.Index] : [];
        }

        var perRound = budget.MutantsPerRound(document);
        return Enumerable.Range(round * perRound, perRound);
    }
}
