using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Tratta.Generator.Diagnostics;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model;

/// <summary>Where the model builders report what they find: diagnostic values at a position in the spec.</summary>
internal sealed class ModelDiagnostics
{
    public ModelDiagnostics(List<DiagnosticInfo> list) => List = list;

    public List<DiagnosticInfo> List { get; }

    public void Report(DiagnosticDescriptor descriptor, SpecSpan span, params string[] args) =>
        List.Add(DiagnosticInfo.Create(descriptor.Id, span, args));

    public static SpecSpan KeySpan(SpecSchema schema, string keyword) => schema.Keyword(keyword)?.KeySpan ?? schema.Span;

    public static SpecSpan ValueSpan(SpecSchema schema, string keyword) => schema.Keyword(keyword)?.ValueSpan ?? schema.Span;
}
