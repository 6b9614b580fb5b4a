using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Tratta.Generator.Testing;

/// <summary>Runs Tratta.Generator in memory on a spec, as a build of a project with a <c>&lt;TrattaSpec&gt;</c> item does.</summary>
public static class TrattaGenerator
{
    // The references of a net8.0+ project with the Tratta.Generator package: the framework and Tratta.Runtime with
    // its dependencies, all loaded into this test process already.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(Tratta.Runtime.ApiException).Assembly.Location)!;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"));
        var runtime = Directory.GetFiles(runtimeDirectory, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name == "Tratta.Runtime.dll" || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Polly", StringComparison.Ordinal)));
        return framework.Concat(runtime)
            .GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
            .ToImmutableArray();
    });

    /// <summary>Runs the generator on a spec file.</summary>
    /// <param name="specPath">The spec (YAML or JSON), absolute or relative to the current directory.</param>
    /// <param name="namespace">The item's <c>Namespace</c>; when null, the default (<c>{rootNamespace}.{FileName}</c>).</param>
    /// <param name="clientName">The item's <c>ClientName</c>; when null, the default (<c>{FileName}Client</c>).</param>
    /// <param name="rootNamespace">The project's root namespace.</param>
    /// <param name="grouping">The item's <c>Grouping</c> (<c>paths</c> or <c>tags</c>); null to follow the spec.</param>
    /// <returns>The generated files, the generator's diagnostics, and the compilation of the generated code.</returns>
    public static GeneratedClient Run(string specPath, string? @namespace = null, string? clientName = null, string rootNamespace = "Tests", string? grouping = null)
    {
        ArgumentNullException.ThrowIfNull(specPath);
        var fullPath = Path.GetFullPath(specPath);
        return RunText(File.ReadAllText(fullPath), fullPath, @namespace, clientName, rootNamespace, grouping);
    }

    /// <summary>Runs the generator on a spec's text.</summary>
    /// <param name="specText">The spec's text.</param>
    /// <param name="specPath">The path the spec has in diagnostics, and whose file name the default names use.</param>
    /// <param name="namespace">The item's <c>Namespace</c>; when null, the default.</param>
    /// <param name="clientName">The item's <c>ClientName</c>; when null, the default.</param>
    /// <param name="rootNamespace">The project's root namespace.</param>
    /// <param name="grouping">The item's <c>Grouping</c> (<c>paths</c> or <c>tags</c>); null to follow the spec.</param>
    /// <returns>The generated files, the generator's diagnostics, and the compilation of the generated code.</returns>
    public static GeneratedClient RunText(string specText, string specPath = "openapi.yaml", string? @namespace = null, string? clientName = null, string rootNamespace = "Tests", string? grouping = null)
    {
        ArgumentNullException.ThrowIfNull(specText);
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrattaSpec"] = "true" };
        if (@namespace is not null)
        {
            metadata["build_metadata.AdditionalFiles.TrattaNamespace"] = @namespace;
        }

        if (clientName is not null)
        {
            metadata["build_metadata.AdditionalFiles.TrattaClientName"] = clientName;
        }

        if (grouping is not null)
        {
            metadata["build_metadata.AdditionalFiles.TrattaGrouping"] = grouping;
        }

        var project = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.TargetFramework"] = "net8.0",
            ["build_property.MSBuildProjectDirectory"] = Path.GetDirectoryName(Path.GetFullPath(specPath)) ?? "",
        };

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "GeneratedClient",
            [],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        var driver = CSharpGeneratorDriver.Create(
            generators: [new TrattaClientGenerator().AsSourceGenerator()],
            additionalTexts: [new InMemorySpecFile(specPath, specText)],
            parseOptions: parseOptions,
            optionsProvider: new SpecOptionsProvider(project, new Dictionary<string, IReadOnlyDictionary<string, string>> { [specPath] = metadata }));
        var result = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _).GetRunResult().Results.Single();
        var files = result.GeneratedSources.Select(source => new GeneratedSourceFile(source.HintName, source.SourceText.ToString())).ToList();
        return new GeneratedClient(files, result.Diagnostics, output);
    }
}
