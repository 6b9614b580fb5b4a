using System;
using System.Linq;
using System.Threading;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Model;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Pipeline;

/// <summary>Runs stages 1 and 2 on one spec. A bug inside a stage becomes TRATTA099, never an exception
/// (which the compiler would turn into CS8785 and drop every generated file).</summary>
internal static class SpecPipeline
{
    public static ModelResult Run(SpecInput input, CancellationToken cancellationToken = default)
    {
        if (input.ClashesWith is { } other)
        {
            var clash = DiagnosticInfo.Create(TrattaDiagnostics.NamespaceClash.Id, SpecSpan.None, other, input.Clash ?? $"into the namespace '{input.Settings.Namespace}'");
            return new ModelResult(null, new EquatableArray<DiagnosticInfo>(new[] { clash }));
        }

        var stage = "reading the spec";
        try
        {
            var read = SpecReader.Read(input.Text, cancellationToken);
            if (read.Document is null)
            {
                return new ModelResult(null, read.Diagnostics);
            }

            stage = "building the client model";
            var built = ModelBuilder.Build(read.Document, input.Settings, cancellationToken);
            var diagnostics = read.Diagnostics.Concat(built.Diagnostics);
            if (read.Document.IsStrict)
            {
                diagnostics = diagnostics.Select(d => d with { IsStrict = true }).ToEquatableArray();
            }

            return new ModelResult(TrattaDiagnostics.AnyError(diagnostics) ? null : built.Model, diagnostics);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new ModelResult(null, new EquatableArray<DiagnosticInfo>(new[] { InternalError(stage, exception) }));
        }
    }

    public static DiagnosticInfo InternalError(string stage, Exception exception) =>
        DiagnosticInfo.Create(TrattaDiagnostics.InternalError.Id, SpecSpan.None, stage, exception.GetType().Name + ": " + exception.Message);
}
