using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Tratta.Generator.Testing;

/// <summary>One file the generator made: its hint name (e.g. <c>Acme.Billing.Invoice.g.cs</c>) and its text.</summary>
/// <param name="HintName">The hint name, unique in the project.</param>
/// <param name="Text">The C# text.</param>
public sealed record GeneratedSourceFile(string HintName, string Text);

/// <summary>What one run of the generator made from a spec.</summary>
public sealed class GeneratedClient
{
    private readonly Compilation _compilation;

    internal GeneratedClient(IReadOnlyList<GeneratedSourceFile> files, ImmutableArray<Diagnostic> diagnostics, Compilation compilation)
    {
        Files = files;
        Diagnostics = diagnostics;
        _compilation = compilation;
    }

    /// <summary>The generated files, in the generator's order.</summary>
    public IReadOnlyList<GeneratedSourceFile> Files { get; }

    /// <summary>The generator's diagnostics (TRATTA0xx), located in the spec.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The generator's errors: when there is one, no code was made.</summary>
    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>The errors and warnings of compiling the generated code (against Tratta.Runtime), as a build would report them.</summary>
    /// <returns>The problems; empty when the code compiles cleanly.</returns>
    public IReadOnlyList<Diagnostic> CompilationProblems() =>
        _compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
