using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Tratta.Generator.Model;

namespace Tratta.Generator;

/// <summary>A spec file as plain data: its path, text and settings. Equal text and settings → cached pipeline.</summary>
internal sealed record SpecInput(string Path, string Text, GeneratorSettings Settings)
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>The spec input for an AdditionalFiles item marked <c>TrattaSpec="true"</c>; null for any other file.</summary>
    public static SpecInput? From(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!options.TryGetValue(MetadataPrefix + "TrattaSpec", out var isSpec) || !string.Equals(isSpec, "true", System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? "";
        var clientName = Value(options, MetadataPrefix + "TrattaClientName")
            ?? Naming.Pascal(System.IO.Path.GetFileNameWithoutExtension(file.Path)) + "Client";
        var ns = Value(options, MetadataPrefix + "TrattaNamespace")
            ?? Value(optionsProvider.GlobalOptions, "build_property.RootNamespace")
            ?? clientName;
        return new SpecInput(file.Path, text, new GeneratorSettings(ns, clientName, clientName + "."));
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
