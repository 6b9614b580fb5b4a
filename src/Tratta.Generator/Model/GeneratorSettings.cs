namespace Tratta.Generator.Model;

/// <summary>Per-spec settings: the names the project gives the spec (see Pipeline/SpecNames).</summary>
internal sealed record GeneratorSettings(string Namespace, string ClientName, string HintPrefix);
