using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;

namespace Tratta.Generator.Model;

/// <summary>The outcome of building the client model: absent when the spec is too broken to emit from.</summary>
internal sealed record ModelResult(ClientModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
