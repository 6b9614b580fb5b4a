using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tratta.Generator.Testing;

/// <summary>
/// The options MSBuild passes the generator for a project with <c>&lt;TrattaSpec&gt;</c> items: each spec's metadata
/// (<c>build_metadata.AdditionalFiles.*</c>) and the project's properties (<c>build_property.*</c>).
/// </summary>
internal sealed class SpecOptionsProvider(IReadOnlyDictionary<string, string> project, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> specs) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(project);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        specs.TryGetValue(textFile.Path, out var values) ? new Options(values) : Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
