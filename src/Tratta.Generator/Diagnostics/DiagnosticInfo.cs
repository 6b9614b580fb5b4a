using Tratta.Generator.Common;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Diagnostics;

/// <summary>
/// A diagnostic as plain data: equatable, so it can travel through the incremental pipeline, and turned into a
/// Roslyn <c>Diagnostic</c> only when it is reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, SpecSpan Span, EquatableArray<string> MessageArgs)
{
    /// <summary>From a spec that says <c>x-tratta-strict: true</c>: a warning is reported, and stops the build, as an error.</summary>
    public bool IsStrict { get; init; }

    public static DiagnosticInfo Create(string id, SpecSpan span, params string[] messageArgs) =>
        new(id, span, new EquatableArray<string>(messageArgs));
}
