using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Emit;
using Tratta.Generator.Model;
using Tratta.Generator.Pipeline;

namespace Tratta.Generator;

/// <summary>
/// Turns every spec of the project (a <c>&lt;TrattaSpec&gt;</c> item, or an AdditionalFiles item marked
/// <c>TrattaSpec="true"</c>) into a typed client: Spec → Model → Emit. A project without a spec gets nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TrattaClientGenerator : IIncrementalGenerator
{
    private static readonly System.Text.Encoding Utf8NoBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => SpecFile.From(pair.Left, pair.Right))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.Files);

        var project = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ProjectSettings.From(provider));

        // Default names depend on every spec of the project (two openapi.yaml files must not get the same namespace),
        // but only on their paths and items: editing a spec's text leaves the names, and the other specs, cached.
        var names = specFiles.Collect()
            .Combine(project)
            .Select(static (pair, _) => SpecNames.Assign(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Names);

        var inputs = context.AdditionalTextsProvider
            .Combine(names)
            .Select(static (pair, cancellationToken) => pair.Right.FirstOrDefault(identity => identity.Path == pair.Left.Path) is { } identity
                ? SpecInput.From(pair.Left, identity, cancellationToken)
                : null)
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Input);

        var check = context.ParseOptionsProvider
            .Combine(context.CompilationProvider.Select(static (compilation, _) => ProjectCheck.HasRuntime(compilation)))
            .Combine(project)
            .Select(static (pair, _) => ProjectCheck.From(pair.Left.Left, pair.Left.Right, pair.Right.TargetFramework))
            .WithTrackingName(TrackingNames.ProjectCheck);

        var builds = inputs
            .Select(static (input, cancellationToken) => (input.Path, Result: SpecPipeline.Run(input, cancellationToken)))
            .WithTrackingName(TrackingNames.Build);

        var models = builds
            .Select(static (build, _) => (build.Path, build.Result.Model))
            .WithTrackingName(TrackingNames.Model);

        var diagnostics = builds
            .Select(static (build, _) => (build.Path, build.Result.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);

        // One item per type, operation group and client: after a schema edit only the files that read it are written again.
        var units = models
            .Combine(check)
            .SelectMany(static (pair, cancellationToken) => pair.Right.CanCompile && pair.Left.Model is { } model
                ? EmitPlan.Units(model, cancellationToken).Select(unit => (pair.Left.Path, Unit: unit)).ToImmutableArray()
                : ImmutableArray<(string Path, EmitUnit Unit)>.Empty)
            .WithTrackingName(TrackingNames.EmitUnits);

        context.RegisterSourceOutput(units, static (output, item) => EmitSource(output, item.Path, item.Unit));
        context.RegisterSourceOutput(diagnostics.Combine(check), static (output, pair) => Report(output, pair.Left.Path, pair.Left.Diagnostics, pair.Right));
    }

    private static void EmitSource(SourceProductionContext output, string path, EmitUnit unit)
    {
        // A unit's files are all written before any is added: a failure half-way adds none of them, and says why.
        List<GeneratedFile> files;
        try
        {
            files = new List<GeneratedFile>();
            foreach (var file in unit.Emit())
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                files.Add(file);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportInternalError(output, path, "writing the C# code", exception);
            return;
        }

        foreach (var file in files)
        {
            try
            {
                output.AddSource(file.HintName, SourceText.From(file.Text, Utf8NoBom));
            }
            catch (ArgumentException exception)
            {
                // Two units wrote the same hint name: a generator bug, reported instead of failing the whole generator (CS8785).
                ReportInternalError(output, path, "naming the generated files", exception);
            }
        }
    }

    private static void ReportInternalError(SourceProductionContext output, string path, string stage, Exception exception)
    {
        var info = SpecPipeline.InternalError(stage, exception);
        output.ReportDiagnostic(Diagnostic.Create(TrattaDiagnostics.Get(info.Id), Location.Create(path, default, default), info.MessageArgs.ToArray()));
    }

    private static void Report(SourceProductionContext output, string path, EquatableArray<DiagnosticInfo> diagnostics, ProjectCheck check)
    {
        // The framework first: on a target older than .NET 8 a newer C# version would not help.
        if (!check.ReferencesRuntime)
        {
            output.ReportDiagnostic(Diagnostic.Create(TrattaDiagnostics.RuntimeMissing, Location.Create(path, default, default), check.RuntimeMissingArguments()));
        }
        else if (!check.LanguageVersionSupported)
        {
            output.ReportDiagnostic(Diagnostic.Create(TrattaDiagnostics.LanguageVersionTooLow, Location.Create(path, default, default), check.LanguageVersion));
        }

        foreach (var info in diagnostics)
        {
            var span = info.Span;
            var location = Location.Create(
                path,
                new TextSpan(span.StartOffset, Math.Max(0, span.EndOffset - span.StartOffset)),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
            var descriptor = TrattaDiagnostics.Get(info.Id);
            var severity = info.IsStrict ? DiagnosticSeverity.Error : descriptor.DefaultSeverity;
            output.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, info.MessageArgs.ToArray()));
        }
    }
}
