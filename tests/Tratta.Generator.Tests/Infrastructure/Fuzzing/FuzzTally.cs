using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>The counts of a fuzz run, printed at its end, and the failures it found.</summary>
internal sealed class FuzzTally
{
    private readonly SortedDictionary<string, DocumentCounts> _documents = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _diagnostics = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];
    private TimeSpan _maxTime;
    private string _slowest = "";

    public IReadOnlyList<string> Failures => _failures;

    public int Mutants { get; private set; }

    /// <param name="mutant">The mutant.</param>
    /// <param name="outcome">What the generator made of it.</param>
    /// <param name="seed">The fuzz seed, to print how to replay a failure.</param>
    /// <param name="wallTime">Mutating, generating and compiling together.</param>
    public void Add(Mutant mutant, FuzzOutcome outcome, int seed, TimeSpan wallTime)
    {
        Mutants++;
        if (!_documents.TryGetValue(mutant.Document, out var counts))
        {
            _documents[mutant.Document] = counts = new DocumentCounts();
        }

        counts.Mutants++;
        counts.WithOutput += outcome.SourceCount > 0 ? 1 : 0;
        counts.Compiled += outcome.Compiled ? 1 : 0;
        counts.SameAsCompiled += outcome.SameOutputAsBefore ? 1 : 0;
        counts.WallTime += wallTime;
        counts.MaxTime = outcome.Elapsed > counts.MaxTime ? outcome.Elapsed : counts.MaxTime;
        _kinds[mutant.Kind.ToString()] = _kinds.GetValueOrDefault(mutant.Kind.ToString()) + 1;
        foreach (var id in outcome.Diagnostics.Select(d => d.Id).Distinct())
        {
            _diagnostics[id] = _diagnostics.GetValueOrDefault(id) + 1;
        }

        if (outcome.Elapsed > _maxTime)
        {
            _maxTime = outcome.Elapsed;
            _slowest = mutant.ToString();
        }

        foreach (var failure in outcome.Failures)
        {
            counts.Failures++;
            _failures.Add($"{mutant} — {failure}\n  replay: TRATTA_FUZZ_SEED={seed} TRATTA_FUZZ_ONLY={mutant.Document}#{mutant.Index}");
        }
    }

    public string Summary(string mode, int seed, TimeSpan elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine($"Spec fuzzing ({mode}, seed {seed}): {Mutants} mutants in {elapsed.TotalSeconds:0.0} s, {_failures.Count} failures.");
        text.AppendLine("  document                         mutants  with output  compiled  same output as one compiled  failures  max generator time  total time");
        foreach (var (name, counts) in _documents)
        {
            text.AppendLine($"  {name,-32} {counts.Mutants,7}  {counts.WithOutput,11}  {counts.Compiled,8}  {counts.SameAsCompiled,27}  {counts.Failures,8}  {counts.MaxTime.TotalMilliseconds,15:0} ms  {counts.WallTime.TotalSeconds,8:0.0} s");
        }

        var totals = _documents.Values;
        text.AppendLine($"  {"all",-32} {Mutants,7}  {totals.Sum(c => c.WithOutput),11}  {totals.Sum(c => c.Compiled),8}  {totals.Sum(c => c.SameAsCompiled),27}  {totals.Sum(c => c.Failures),8}  {_maxTime.TotalMilliseconds,15:0} ms  {totals.Sum(c => c.WallTime.TotalSeconds),8:0.0} s");
        text.AppendLine("  Mutants by kind: " + string.Join(", ", _kinds.Select(p => $"{p.Key} {p.Value}")));
        text.AppendLine("  Mutants with each diagnostic: " + (_diagnostics.Count == 0 ? "none" : string.Join(", ", _diagnostics.Select(p => $"{p.Key} {p.Value}"))));
        text.AppendLine($"  Generator exceptions (thrown, CS8785 or TRATTA099): {_failures.Count(f => f.Contains("the generator threw", StringComparison.Ordinal) || f.Contains("the driver threw", StringComparison.Ordinal) || f.Contains("the generator failed", StringComparison.Ordinal))}");
        text.AppendLine($"  Longest generator run: {_maxTime.TotalMilliseconds:0} ms ({_slowest})");
        return text.ToString();
    }

    private sealed class DocumentCounts
    {
        public int Mutants { get; set; }

        public int WithOutput { get; set; }

        public int Compiled { get; set; }

        public int SameAsCompiled { get; set; }

        public int Failures { get; set; }

        public TimeSpan MaxTime { get; set; }

        public TimeSpan WallTime { get; set; }
    }
}
