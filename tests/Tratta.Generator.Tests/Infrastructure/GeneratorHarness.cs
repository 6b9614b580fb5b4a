using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Tratta.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="TrattaClientGenerator"/> as the compiler does, on specs held in memory.</summary>
internal static class GeneratorHarness
{
    public const string SpecPath = "/project/spec/test.yaml";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    // The .NET runtime's assemblies, and Tratta.Runtime with its dependencies (copied next to the tests).
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Where(path => Path.GetFileName(path) is var name
                && (name == "Tratta.Runtime.dll" || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Polly", StringComparison.Ordinal))))
            .GroupBy(Path.GetFileName)
            .Select(group => (MetadataReference)MetadataReference.CreateFromFile(group.First()))
            .ToImmutableArray());

    /// <summary>The references of <see cref="Compilation"/>: what a net10.0 project with the Tratta.Generator package has.</summary>
    public static ImmutableArray<MetadataReference> RuntimeReferences => References.Value;

    /// <summary>A compilation of the given C# sources, with the .NET runtime's references.</summary>
    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "GeneratorTest",
        sources.Select(source => CSharpSyntaxTree.ParseText(source, ParseOptions)),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Default)
            // As the .NET SDK does: Tratta.Runtime (net8.0) referencing a newer framework is not a problem.
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>A driver holding the generator and one spec file with the given item metadata.</summary>
    public static GeneratorDriver Driver(string specText, string? ns = "Test.Api", string? clientName = "TestClient", bool trackSteps = false) =>
        Driver(new InMemoryAdditionalText(SpecPath, specText), ns, clientName, trackSteps);

    /// <summary>A driver holding the generator and the given spec file (keep it to replace it later).</summary>
    public static GeneratorDriver Driver(AdditionalText specFile, string? ns = "Test.Api", string? clientName = "TestClient", bool trackSteps = false) =>
        Driver([new SpecItem(specFile, ns, clientName)], trackSteps);

    /// <summary>A driver holding the generator and several spec files, each with its item metadata.</summary>
    public static GeneratorDriver Driver(IReadOnlyList<SpecItem> specs, bool trackSteps = false, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            generators: [new TrattaClientGenerator().AsSourceGenerator()],
            additionalTexts: specs.Select(spec => spec.File),
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: new TestAnalyzerConfigOptionsProvider(specs.ToDictionary(spec => spec.File.Path, spec => spec.Metadata())),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once on several specs over an empty program.</summary>
    public static GeneratorRun Run(IReadOnlyList<SpecItem> specs, CSharpParseOptions? parseOptions = null, params MetadataReference[] withoutReferences)
    {
        var input = Compilation("namespace Consumer;\n");
        if (withoutReferences.Length > 0)
        {
            input = input.RemoveReferences(withoutReferences);
        }

        var driver = Driver(specs, parseOptions: parseOptions).RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>Runs the generator once over an empty program and returns what it produced.</summary>
    public static GeneratorRun Run(string specText, string? ns = "Test.Api", string? clientName = "TestClient", CancellationToken cancellationToken = default)
    {
        var input = Compilation("namespace Consumer;\n\n/// <summary>The consumer.</summary>\npublic static class Program\n{\n}\n");
        var driver = Driver(specText, ns, clientName).RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics, cancellationToken);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>The spec files copied next to the tests (see the project file).</summary>
    public static string ReadSpec(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", fileName));
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public ImmutableArray<Diagnostic> Diagnostics => Result.Results.Single().Diagnostics;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiles the output (generated code included) and loads it, to run what was generated.</summary>
    public System.Reflection.Assembly Load()
    {
        using var image = new System.IO.MemoryStream();
        var emitted = Output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join("\n", emitted.Diagnostics));
        }

        image.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext("GeneratedCode", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>Errors and warnings of the compilation that includes the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();
}

/// <summary>A spec file of the project and its item metadata (<c>Namespace</c>, <c>ClientName</c>; null: not set).</summary>
internal sealed record SpecItem(AdditionalText File, string? Namespace = null, string? ClientName = null)
{
    public SpecItem(string path, string text, string? ns = null, string? clientName = null)
        : this(new InMemoryAdditionalText(path, text), ns, clientName)
    {
    }

    public Dictionary<string, string> Metadata()
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrattaSpec"] = "true" };
        if (Namespace is not null)
        {
            metadata["build_metadata.AdditionalFiles.TrattaNamespace"] = Namespace;
        }

        if (ClientName is not null)
        {
            metadata["build_metadata.AdditionalFiles.TrattaClientName"] = ClientName;
        }

        return metadata;
    }
}
