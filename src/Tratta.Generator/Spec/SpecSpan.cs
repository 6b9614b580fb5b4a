namespace Tratta.Generator.Spec;

/// <summary>A range in the spec file: character offsets and zero-based line/column, as Roslyn locations need.</summary>
internal readonly record struct SpecSpan(int StartOffset, int EndOffset, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SpecSpan None = default;
}
