using System;
using System.Linq;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>
/// Makes the mutant number <c>index</c> of a document: a <see cref="Random"/> seeded from the fuzz seed, the document's
/// name and the index alone, so any one mutant is replayed without the ones before it.
/// </summary>
internal static class SpecMutator
{
    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    public static Mutant Mutate(string document, string text, int seed, int index)
    {
        var random = new Random(MutantSeed(seed, document, index));
        var kind = Kinds[random.Next(Kinds.Length)];
        var (mutated, detail) = Apply(kind, text, random);
        return new Mutant(document, index, kind, detail, mutated);
    }

    /// <summary>The seed of one mutant; string.GetHashCode differs between processes, so the name is hashed here (FNV-1a).</summary>
    public static int MutantSeed(int seed, string document, int index)
    {
        var hash = 2166136261u;
        foreach (var c in document)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash ^ (seed * 486187739) ^ (index * 16777619));
    }

    private static (string Text, string Detail) Apply(MutationKind kind, string text, Random random)
    {
        switch (kind)
        {
            case MutationKind.Truncate:
                return TextMutations.Truncate(text, random);
            case MutationKind.InsertBytes:
                return TextMutations.InsertBytes(text, random);
            case MutationKind.InsertCharacters:
                return TextMutations.InsertCharacters(text, random);
            case MutationKind.Reindent:
                return TextMutations.Reindent(text, random);
            case MutationKind.DuplicateKeyText:
                return TextMutations.DuplicateKey(text, random);
        }

        // Structural mutations change the original document's tree, written back as YAML.
        var tree = YamlTree.Load(text) ?? throw new InvalidOperationException("The fuzz inputs must be YAML mappings.");
        Func<string, string> finish = written => written;
        var detail = kind switch
        {
            MutationKind.DeleteKey => TreeMutations.DeleteKey(tree, random),
            MutationKind.DuplicateEntry => TreeMutations.DuplicateEntry(tree, random),
            MutationKind.MoveKey => TreeMutations.MoveKey(tree, random),
            MutationKind.RenameKey => TreeMutations.RenameKey(tree, random),
            MutationKind.ChangeValueType => TreeMutations.ChangeValueType(tree, random),
            MutationKind.Anchors => TreeMutations.Anchors(tree, random),
            MutationKind.AliasCycle => TreeMutations.AliasCycle(tree, random),
            MutationKind.AliasBomb => TreeMutations.AliasBomb(tree, random),
            MutationKind.BrokenRef => TreeMutations.BrokenRef(tree, random),
            MutationKind.CircularRef => TreeMutations.CircularRef(tree, random),
            MutationKind.WrongVersion => TreeMutations.WrongVersion(tree, random),
            MutationKind.MissingSection => TreeMutations.MissingSection(tree, random),
            MutationKind.HugeString => HostileSizes.HugeString(tree, random),
            MutationKind.DeepNesting => Deep(tree, random, out finish),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return (finish(tree.Save()), detail);
    }

    private static string Deep(YamlTree tree, Random random, out Func<string, string> finish)
    {
        (var detail, finish) = HostileSizes.DeepNesting(tree, random);
        return detail;
    }

    /// <summary>The kinds, in the order the summary prints them.</summary>
}
