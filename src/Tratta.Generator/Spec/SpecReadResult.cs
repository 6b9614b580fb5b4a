using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;

namespace Tratta.Generator.Spec;

/// <summary>The outcome of reading a spec: the document (absent when the YAML could not be read) and the problems found.</summary>
internal sealed record SpecReadResult(SpecDocument? Document, EquatableArray<DiagnosticInfo> Diagnostics);
