using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tratta.Generator;
using YamlDotNet.RepresentationModel;

namespace Tratta.Benchmarks.Generator;

/// <summary>
/// A full run of the generator, as a build runs it (a fresh driver: nothing cached), beside the floor: YamlDotNet
/// loading the same text into the representation model the generator reads, which no generator of this design can
/// go below.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private string _text = "";
    private string _yaml = "";
    private string _path = "";
    private CSharpCompilation _compilation = null!;
    private CSharpParseOptions _parseOptions = null!;

    [ParamsSource(nameof(Specs))]
    public SpecSource Spec { get; set; } = null!;

    public static IEnumerable<SpecSource> Specs() => SpecSource.All();

    [GlobalSetup]
    public void Setup()
    {
        _text = Spec.Read();
        _yaml = YamlAsLoaded(_text);
        _path = "/project/" + Spec.FileName;
        _parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        // The generator writes a client only into a project that references Tratta.Runtime, as one with the package does.
        var runtime = MetadataReference.CreateFromFile(typeof(Tratta.Runtime.ApiException).Assembly.Location);
        _compilation = CSharpCompilation.Create("Benchmark", [], [runtime], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // A run that reports an error or emits nothing would measure nothing: check once, before measuring.
        var result = Generate();
        var run = result.Results.Single();
        if (run.Exception is not null || run.GeneratedSources.IsEmpty || run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException($"{Spec}: the generator made no client: {run.Exception?.Message ?? string.Join("; ", run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))}");
        }

        Console.WriteLine($"// {Spec}: {_text.Length:N0} characters, {run.GeneratedSources.Length:N0} generated files");
    }

    // OpenAI's spec has a block scalar YamlDotNet rejects until lines of only spaces are made empty, which the
    // generator does before it loads such a text: the floor parses the text the generator parses.
    private static string YamlAsLoaded(string text)
    {
        try
        {
            new YamlStream().Load(new StringReader(text));
            return text;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return Tratta.Generator.Spec.SpecText.BlankWhiteSpaceLines(text) ?? text;
        }
    }

    [Benchmark(Baseline = true, Description = "YAML parse (floor)")]
    public YamlStream ParseYaml()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(_yaml));
        return stream;
    }

    [Benchmark(Description = "Generator full run")]
    public GeneratorDriverRunResult Generate() =>
        CSharpGeneratorDriver.Create(
                generators: [new TrattaClientGenerator().AsSourceGenerator()],
                additionalTexts: ImmutableArray.Create<AdditionalText>(new InMemorySpec(_path, _text)),
                parseOptions: _parseOptions,
                optionsProvider: new SpecItemOptions(_path))
            .RunGenerators(_compilation)
            .GetRunResult();
}
