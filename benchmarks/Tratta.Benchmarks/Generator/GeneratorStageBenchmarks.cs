using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Tratta.Generator.Emit;
using Tratta.Generator.Model;
using Tratta.Generator.Spec;

namespace Tratta.Benchmarks.Generator;

/// <summary>
/// The generator's run taken apart, to show where its time and memory go: stage 1 (YAML → spec document), stage 2
/// (spec → client model), stage 3 (model → C# text), and the compiler's parse of that text, which a generator's
/// output always costs and <see cref="GeneratorBenchmarks"/> includes.
/// </summary>
/// <remarks>The methods return <see cref="object"/>: the stages' results are the generator's internal types.</remarks>
[MemoryDiagnoser]
public class GeneratorStageBenchmarks
{
    private static readonly GeneratorSettings Settings = new("Benchmark.Api", "BenchmarkClient", "Benchmark.Api.");

    private string _text = "";
    private SpecDocument _document = null!;
    private ClientModel _model = null!;
    private List<GeneratedFile> _files = null!;

    [ParamsSource(nameof(Specs))]
    public SpecSource Spec { get; set; } = null!;

    public static IEnumerable<SpecSource> Specs() => SpecSource.All().Where(spec => spec.Name is "tratta" or "openai" or "synthetic-100" or "synthetic-1000");

    [GlobalSetup]
    public void Setup()
    {
        _text = Spec.Read();
        var read = SpecReader.Read(_text);
        _document = read.Document ?? throw new System.InvalidOperationException($"{Spec}: not a usable spec: {string.Join("; ", read.Diagnostics)}");
        var built = ModelBuilder.Build(_document, Settings);
        _model = built.Model ?? throw new System.InvalidOperationException($"{Spec}: no client model: {string.Join("; ", built.Diagnostics)}");
        _files = EmitFiles();
    }

    [Benchmark(Description = "1. Read (YAML → spec)")]
    public object ReadSpec() => SpecReader.Read(_text);

    [Benchmark(Description = "2. Model (spec → client model)")]
    public object BuildModel() => ModelBuilder.Build(_document, Settings);

    [Benchmark(Description = "3. Emit (model → C#)")]
    public object Emit() => EmitFiles();

    private List<GeneratedFile> EmitFiles() => EmitPlan.Units(_model).SelectMany(unit => unit.Emit()).ToList();

    [Benchmark(Description = "4. Compiler parses the C#")]
    public int ParseGenerated()
    {
        var nodes = 0;
        foreach (var file in _files)
        {
            nodes += CSharpSyntaxTree.ParseText(SourceText.From(file.Text)).GetRoot().FullSpan.Length;
        }

        return nodes;
    }
}
