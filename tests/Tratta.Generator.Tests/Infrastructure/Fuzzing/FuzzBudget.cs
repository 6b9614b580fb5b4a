using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>A fuzz input: a spec file, how many mutants it gets in CI, and how often one of them is compiled.</summary>
/// <param name="Name">The file name (under Specs/ next to the tests).</param>
/// <param name="CiMutants">Mutants in the default (CI) run.</param>
/// <param name="CompileEvery">Every how many mutants the generated code is compiled (1: all of them).</param>
/// <param name="HangBound">The longest one generator run may take: only a hang or a blow-up reaches it.</param>
internal sealed record FuzzDocument(string Name, int CiMutants, int CompileEvery, TimeSpan HangBound);

/// <summary>
/// How long the fuzzing runs. By default a fixed number of mutants per document (the CI budget); the environment
/// can ask for more: <c>TRATTA_FUZZ_MUTANTS=5000</c> (in all, shared out like the CI budget),
/// <c>TRATTA_FUZZ_SECONDS=600</c> (round after round until the time is spent), <c>TRATTA_FUZZ_SEED=7</c> (other
/// mutants), <c>TRATTA_FUZZ_ONLY=tratta.yaml#12</c> (replay one mutant), <c>TRATTA_FUZZ_TRACE=1</c> (name each
/// mutant before it runs).
/// </summary>
internal sealed class FuzzBudget
{
    public const int DefaultSeed = 13;

    // Small documents get most mutants and every output compiled. The large ones are slow to generate and much
    // slower to compile (5-15 s a client on two cores), so they get a few mutants, and one mutant in CompileEvery is
    // compiled: in the CI budget one of Twilio, none of the five largest (PayPal's client alone takes 20 s to compile;
    // a longer run samples them all).
    public static readonly IReadOnlyList<FuzzDocument> Documents =
    [
        new("oai-petstore-expanded.yaml", 60, 1, TimeSpan.FromSeconds(5)),
        new("swagger-petstore-openapi.yaml", 50, 1, TimeSpan.FromSeconds(5)),
        new("tratta.yaml", 45, 1, TimeSpan.FromSeconds(5)),
        new("twilio-messaging-v1.yaml", 4, 4, TimeSpan.FromSeconds(20)),
        new("paypal-orders-v2.json", 4, 10, TimeSpan.FromSeconds(20)),
        new("ory-client.json", 3, 10, TimeSpan.FromSeconds(20)),
        new("discord-api.json", 3, 10, TimeSpan.FromSeconds(20)),
        new("box-platform.json", 2, 10, TimeSpan.FromSeconds(20)),
        new("openai-openapi.yaml", 2, 10, TimeSpan.FromSeconds(20)),
    ];

    /// <summary>Whether the mutant's output is compiled: the last of every <see cref="FuzzDocument.CompileEvery"/> (all when 1).</summary>
    public bool Compiles(FuzzDocument document, int index) => Only is not null || index % document.CompileEvery == document.CompileEvery - 1;

    private FuzzBudget(int seed, double scale, TimeSpan? duration, (string Document, int Index)? only)
    {
        Seed = seed;
        Scale = scale;
        Duration = duration;
        Only = only;
    }

    public int Seed { get; }

    /// <summary>Mutants per document as a multiple of the CI budget.</summary>
    public double Scale { get; }

    /// <summary>Set: keep making rounds of mutants until this much time has passed.</summary>
    public TimeSpan? Duration { get; }

    public (string Document, int Index)? Only { get; }

    public bool Trace { get; } = Environment.GetEnvironmentVariable("TRATTA_FUZZ_TRACE") is { Length: > 0 };

    public string Mode => Only is { } only ? $"replay of {only.Document}#{only.Index}"
        : Duration is { } duration ? $"long: {duration.TotalSeconds:0} s"
        : Scale != 1 ? $"long: {Documents.Sum(MutantsPerRound)} mutants"
        : "CI budget";

    public static FuzzBudget FromEnvironment()
    {
        var seed = Number("TRATTA_FUZZ_SEED") ?? DefaultSeed;
        var mutants = Number("TRATTA_FUZZ_MUTANTS");
        var seconds = Number("TRATTA_FUZZ_SECONDS");
        var only = Environment.GetEnvironmentVariable("TRATTA_FUZZ_ONLY") is { Length: > 0 } replay && replay.Split('#') is [var document, var index]
            ? (document, int.Parse(index, CultureInfo.InvariantCulture))
            : ((string, int)?)null;
        var scale = mutants is { } total ? (double)total / Documents.Sum(d => d.CiMutants) : 1;
        return new FuzzBudget(seed, scale, seconds is { } s ? TimeSpan.FromSeconds(s) : null, only);
    }

    public int MutantsPerRound(FuzzDocument document) => Math.Max(1, (int)Math.Round(document.CiMutants * Scale));

    /// <summary>The hang bound of a mutant: the document's, and one second more per megabyte the mutation added.</summary>
    public static TimeSpan HangBound(FuzzDocument document, int originalLength, int mutantLength) =>
        document.HangBound + TimeSpan.FromSeconds(Math.Max(0, mutantLength - originalLength) / 1_000_000.0);

    private static int? Number(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
