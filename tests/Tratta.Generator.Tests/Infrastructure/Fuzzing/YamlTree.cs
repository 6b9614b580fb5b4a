using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>
/// A spec loaded as a YamlDotNet tree, with every value's place in it, so that structural mutations can pick a place
/// and change it; written back as YAML (JSON documents too: JSON is YAML, and the generator reads both alike).
/// </summary>
internal sealed class YamlTree
{
    // Keys the generator reads: a mutation near one of them reaches the generator's logic, not a description.
    private static readonly HashSet<string> Keywords =
    [
        "openapi", "info", "paths", "components", "schemas", "parameters", "requestBody", "requestBodies", "responses",
        "content", "schema", "type", "format", "properties", "items", "required", "enum", "allOf", "oneOf", "anyOf",
        "additionalProperties", "discriminator", "mapping", "propertyName", "$ref", "name", "in", "style", "explode",
        "operationId", "servers", "url", "variables", "security", "securitySchemes", "nullable", "minimum", "maximum",
        "minLength", "maxLength", "pattern", "const", "default", "readOnly", "writeOnly", "tags", "encoding",
        "x-tratta-name", "x-tratta-envelope", "x-tratta-paging", "x-tratta-rule", "x-tratta-required-if", "exclusiveMinimum",
    ];

    private YamlTree(YamlMappingNode root, List<Place> places)
    {
        Root = root;
        Places = places;
    }

    public YamlMappingNode Root { get; }

    /// <summary>Every value below the root, parents before children, in document order.</summary>
    public List<Place> Places { get; }

    /// <summary>Null when the text is not a YAML mapping (nothing structural to mutate).</summary>
    public static YamlTree? Load(string text)
    {
        // YamlDotNet rejects a block scalar whose first lines hold only spaces (OpenAI's spec has some); the generator
        // reads such lines as empty, and so does the mutator.
        var stream = new YamlStream();
        stream.Load(new StringReader(System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^[ \t]+(?=\r?$)", "")));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return null;
        }

        var places = new List<Place>();
        var pending = new Stack<(YamlNode Node, string Path)>();
        pending.Push((root, ""));
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            var children = new List<Place>();
            switch (node)
            {
                case YamlMappingNode mapping:
                    foreach (var entry in mapping.Children)
                    {
                        var key = (entry.Key as YamlScalarNode)?.Value ?? "?";
                        children.Add(new Place(mapping, entry.Key, -1, entry.Value, path + "/" + key.Replace("/", "~1", StringComparison.Ordinal)));
                    }

                    break;
                case YamlSequenceNode sequence:
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        children.Add(new Place(sequence, null, i, sequence.Children[i], path + "/" + i));
                    }

                    break;
            }

            places.AddRange(children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i].Value, children[i].Path));
            }
        }

        return new YamlTree(root, places);
    }

    public string Save()
    {
        var writer = new StringWriter();
        var stream = new YamlStream(new YamlDocument(Root));
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>A place to mutate: most often one under a key the generator reads.</summary>
    public Place Pick(Random random, Func<Place, bool>? filter = null)
    {
        var candidates = filter is null ? Places : Places.Where(filter).ToList();
        if (candidates.Count == 0)
        {
            candidates = Places;
        }

        if (random.Next(10) < 7)
        {
            var keyed = candidates.Where(p => p.Key is YamlScalarNode { Value: { } key } && Keywords.Contains(key)).ToList();
            if (keyed.Count > 0)
            {
                return keyed[random.Next(keyed.Count)];
            }
        }

        return candidates[random.Next(candidates.Count)];
    }

    /// <summary>The mapping at a path of keys, created (or replaced, when it is not a mapping) on the way.</summary>
    public YamlMappingNode MappingAt(params string[] keys)
    {
        var current = Root;
        foreach (var key in keys)
        {
            var keyNode = new YamlScalarNode(key);
            if (!current.Children.TryGetValue(keyNode, out var child) || child is not YamlMappingNode mapping)
            {
                mapping = new YamlMappingNode();
                current.Children[keyNode] = mapping;
            }

            current = mapping;
        }

        return current;
    }

    /// <summary>The names of the component schemas (none when the document has no such mapping).</summary>
    public List<string> SchemaNames() =>
        Root.Children.TryGetValue(new YamlScalarNode("components"), out var components) && components is YamlMappingNode c
        && c.Children.TryGetValue(new YamlScalarNode("schemas"), out var schemas) && schemas is YamlMappingNode s
            ? s.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).ToList()
            : [];
}

/// <summary>A value and where it sits: under <see cref="Key"/> of a mapping, or at <see cref="Index"/> of a sequence.</summary>
internal sealed record Place(YamlNode Parent, YamlNode? Key, int Index, YamlNode Value, string Path)
{
    public void Replace(YamlNode value)
    {
        if (Parent is YamlMappingNode mapping)
        {
            mapping.Children[Key!] = value;
        }
        else
        {
            ((YamlSequenceNode)Parent).Children[Index] = value;
        }
    }

    public void Remove()
    {
        if (Parent is YamlMappingNode mapping)
        {
            mapping.Children.Remove(Key!);
        }
        else
        {
            ((YamlSequenceNode)Parent).Children.RemoveAt(Index);
        }
    }
}
