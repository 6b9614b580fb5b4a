using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Emit;
using Tratta.Generator.Model;

namespace Tratta.Generator;

/// <summary>
/// Turns every AdditionalFiles item marked <c>TrattaSpec="true"</c> into a typed client: Spec → Model → Emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TrattaClientGenerator : IIncrementalGenerator
{
    private static readonly System.Text.Encoding Utf8NoBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
        {
            foreach (var file in RuntimeSources.All())
            {
                output.AddSource(file.HintName, SourceText.From(file.Text, Utf8NoBom));
            }
        });

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => SpecInput.From(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(TrackingNames.Input);

        var builds = inputs
            .Select(static (input, _) => (input.Path, Result: SpecPipeline.Run(input)))
            .WithTrackingName(TrackingNames.Build);

        var models = builds
            .Select(static (build, _) => (build.Path, build.Result.Model))
            .WithTrackingName(TrackingNames.Model);

        var diagnostics = builds
            .Select(static (build, _) => (build.Path, build.Result.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(models, static (output, built) => EmitSource(output, built.Path, built.Model));
        context.RegisterSourceOutput(diagnostics, static (output, found) => Report(output, found.Path, found.Diagnostics));
    }

    private static void EmitSource(SourceProductionContext output, string path, ClientModel? model)
    {
        if (model is null)
        {
            return;
        }

        // Every file is written before any is added: a failure half-way adds nothing, instead of half a client.
        List<GeneratedFile> files;
        try
        {
            files = ClientSourceEmitter.Emit(model).ToList();
            if (files.GroupBy(file => file.HintName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1) is { } clash)
            {
                throw new InvalidOperationException($"Two generated files share the name '{clash.Key}'.");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var info = SpecPipeline.InternalError("writing the C# code", exception);
            output.ReportDiagnostic(Diagnostic.Create(TrattaDiagnostics.Get(info.Id), Location.Create(path, default, default), info.MessageArgs.ToArray()));
            return;
        }

        foreach (var file in files)
        {
            output.AddSource(file.HintName, SourceText.From(file.Text, Utf8NoBom));
        }
    }

    private static void Report(SourceProductionContext output, string path, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            var span = info.Span;
            var location = Location.Create(
                path,
                new TextSpan(span.StartOffset, Math.Max(0, span.EndOffset - span.StartOffset)),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
            output.ReportDiagnostic(Diagnostic.Create(TrattaDiagnostics.Get(info.Id), location, info.MessageArgs.ToArray()));
        }
    }
}
