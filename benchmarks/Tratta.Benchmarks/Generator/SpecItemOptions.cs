using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tratta.Benchmarks.Generator;

/// <summary>What MSBuild hands the generator for one <c>&lt;TrattaSpec&gt;</c> item: the item metadata, a net10.0 project.</summary>
internal sealed class SpecItemOptions(string specPath) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Project = new(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Benchmark",
        ["build_property.TargetFramework"] = "net10.0",
    });

    private readonly Options _spec = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.TrattaSpec"] = "true",
        ["build_metadata.AdditionalFiles.TrattaNamespace"] = "Benchmark.Api",
        ["build_metadata.AdditionalFiles.TrattaClientName"] = "BenchmarkClient",
    });

    public override AnalyzerConfigOptions GlobalOptions => Project;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == specPath ? _spec : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
