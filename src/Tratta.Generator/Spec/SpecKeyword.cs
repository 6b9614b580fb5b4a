namespace Tratta.Generator.Spec;

/// <summary>Where a mapping key and its value stand, so that a diagnostic can point at the keyword it is about.</summary>
internal sealed record SpecKeyword(string Name, SpecSpan KeySpan, SpecSpan ValueSpan);
