namespace Tratta.Generator.Model;

/// <summary>Per-spec settings: the names the project gives the spec (see Pipeline/SpecNames).</summary>
/// <param name="Grouping">The item's <c>Grouping</c> metadata (<c>paths</c> or <c>tags</c>); null to follow the spec.</param>
internal sealed record GeneratorSettings(string Namespace, string ClientName, string HintPrefix, string? Grouping = null);
