using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tratta.Generator.Spec;

/// <summary>
/// YAML events with a limit on how deep collections nest. YamlDotNet builds its node tree by recursion, one level of
/// calls per level of nesting: 10,000 nested '[' would overflow the compiler's stack, a crash no catch can stop and
/// that takes the whole build down. A real OpenAPI document nests a few dozen levels; past the limit the spec is a
/// YAML error (TRATTA001) at the collection that goes too deep.
/// </summary>
internal sealed class NestingLimitParser(IParser inner) : IParser
{
    /// <summary>Nested mappings and sequences allowed: five times the deepest document of the corpus (box, 23 levels).</summary>
    public const int MaxDepth = 128;

    private int _depth;

    /// <summary>Whether the document holds an alias: only then can it expand beyond its text (see <see cref="AliasExpansion"/>).</summary>
    public bool SawAlias { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End, $"collections nest more than {MaxDepth} levels deep here");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
            case AnchorAlias:
                SawAlias = true;
                break;
        }

        return true;
    }
}
