namespace Tratta.Generator.Model;

/// <summary>Per-spec settings from the AdditionalFiles item's metadata (see build/Tratta.Generator.props).</summary>
internal sealed record GeneratorSettings(string Namespace, string ClientName, string HintPrefix);
