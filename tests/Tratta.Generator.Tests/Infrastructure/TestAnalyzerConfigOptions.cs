using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tratta.Generator.Tests.Infrastructure;

/// <summary>The options MSBuild would pass for AdditionalFiles items marked as specs (build/Tratta.Generator.props).</summary>
internal sealed class TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, Dictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Test.Root",
        ["build_property.MSBuildProjectDirectory"] = "/project",
        ["build_property.TargetFramework"] = "net10.0",
    });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var values) ? new DictionaryOptions(values) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
