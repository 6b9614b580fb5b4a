namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>What a mutation did to a spec. The names are printed in the fuzz summary, one count per kind.</summary>
internal enum MutationKind
{
    // Text level: the document as characters or bytes.
    Truncate,
    InsertBytes,
    InsertCharacters,
    Reindent,
    DuplicateKeyText,

    // YAML structure level: the document as a YamlDotNet tree, written back as YAML.
    DeleteKey,
    DuplicateEntry,
    MoveKey,
    RenameKey,
    ChangeValueType,
    Anchors,
    AliasCycle,
    AliasBomb,
    BrokenRef,
    CircularRef,
    WrongVersion,
    MissingSection,

    // Hostile sizes: spliced in as text after the tree is written.
    DeepNesting,
    HugeString,
}

/// <summary>
/// One mutated spec. <see cref="Document"/>, <see cref="Index"/> and the fuzz seed replay it exactly
/// (<c>TRATTA_FUZZ_ONLY=document#index</c>); <see cref="Detail"/> says where and what was changed.
/// </summary>
internal sealed record Mutant(string Document, int Index, MutationKind Kind, string Detail, string Text)
{
    public override string ToString() => $"{Document}#{Index} {Kind}: {Detail}";
}
