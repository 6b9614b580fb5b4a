using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tratta.Generator.Pipeline;

/// <summary>
/// A spec file of the project as its MSBuild item names it, text not read: <c>&lt;TrattaSpec Include="…"
/// Namespace="…" ClientName="…" /&gt;</c>, which the package's targets turn into an AdditionalFiles item with
/// <c>TrattaSpec="true"</c> (written directly, that form works too).
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Namespace">The namespace the item sets, if any.</param>
/// <param name="ClientName">The client name the item sets, if any.</param>
/// <param name="Grouping">The item's <c>Grouping</c> (<c>paths</c> or <c>tags</c>), which wins over the spec's <c>x-tratta-grouping</c>.</param>
internal sealed record SpecFile(string Path, string? Namespace, string? ClientName, string? Grouping = null)
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>The spec file for an AdditionalFiles item marked <c>TrattaSpec="true"</c>; null for any other file.</summary>
    public static SpecFile? From(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider)
    {
        var options = optionsProvider.GetOptions(file);
        if (!options.TryGetValue(MetadataPrefix + "TrattaSpec", out var isSpec) || !string.Equals(isSpec, "true", System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new SpecFile(file.Path, Value(options, MetadataPrefix + "TrattaNamespace"), Value(options, MetadataPrefix + "TrattaClientName"), Value(options, MetadataPrefix + "TrattaGrouping"));
    }

    public static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
