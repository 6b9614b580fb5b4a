using System;
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
            .Select(static (build, _) => build.Result.Model)
            .WithTrackingName(TrackingNames.Model);

        var diagnostics = builds
            .Select(static (build, _) => (build.Path, build.Result.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(models, static (output, model) => EmitSource(output, model));
        context.RegisterSourceOutput(diagnostics, static (output, found) => Report(output, found.Path, found.Diagnostics));
    }

    private static void EmitSource(SourceProductionContext output, ClientModel? model)
    {
        if (model is null)
        {
            return;
        }

        try
        {
            foreach (var file in ClientSourceEmitter.Emit(model).ToList())
            {
                output.AddSource(file.HintName, SourceText.From(file.Text, Utf8NoBom));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var info = SpecPipeline.InternalError("writing the C# code", exception);
            output.ReportDiagnostic(Diagnostic.Create(TrattaDiagnostics.Get(info.Id), Location.None, info.MessageArgs.ToArray()));
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
