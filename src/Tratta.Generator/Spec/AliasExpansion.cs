using System.Collections.Generic;
using Tratta.Generator.Common;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Spec;

/// <summary>
/// The size of a YAML tree with every alias counted as a copy of what it names. The readers walk aliases as copies,
/// so ten anchors of ten aliases each (a "billion laughs", 10^10 nodes in a few hundred bytes) would keep the
/// compiler busy for ever; such a spec is refused before any reading.
/// </summary>
internal static class AliasExpansion
{
    /// <summary>How many times its own nodes a spec may expand to, and a margin for small specs.</summary>
    public const int Factor = 4;

    public const int Margin = 100_000;

    /// <summary>
    /// The first node (innermost first) at which the expanded tree passes the limit (its own nodes times
    /// <see cref="Factor"/>, plus <see cref="Margin"/>), and the limit; null when it stays below.
    /// </summary>
    public static (YamlNode Node, long Limit)? FirstOverLimit(YamlNode root)
    {
        var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        var open = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var finished = new List<YamlNode>();

        // Depth first, without recursion (aliases can chain thousands of levels deep); a node met again while it is
        // open is an alias cycle, counted once: the readers stop at a cycle.
        var pending = new Stack<(YamlNode Node, bool ChildrenDone)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, childrenDone) = pending.Pop();
            if (childrenDone)
            {
                long size = 1;
                foreach (var child in Children(node))
                {
                    size = System.Math.Min(long.MaxValue / 2, size + (sizes.TryGetValue(child, out var childSize) ? childSize : 1));
                }

                sizes[node] = size;
                open.Remove(node);
                finished.Add(node);
                continue;
            }

            if (sizes.ContainsKey(node) || !open.Add(node))
            {
                continue;
            }

            pending.Push((node, true));
            foreach (var child in Children(node))
            {
                pending.Push((child, false));
            }
        }

        var limit = (long)sizes.Count * Factor + Margin;
        foreach (var node in finished)
        {
            if (sizes[node] > limit)
            {
                return (node, limit);
            }
        }

        return null;
    }

    private static IEnumerable<YamlNode> Children(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var entry in mapping.Children)
                {
                    yield return entry.Key;
                    yield return entry.Value;
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    yield return item;
                }

                break;
        }
    }
}
