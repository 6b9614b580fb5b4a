using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>
/// Mutations of a spec's YAML structure: keys deleted, moved, renamed, values of another type, anchors and aliases
/// (cycles and bombs), references that do not resolve or loop, a wrong version, a missing section. Each changes the
/// tree in place and says what it did.
/// </summary>
internal static class TreeMutations
{
    private static readonly string[] KeyNames = ["type", "$ref", "properties", "items", "allOf", "oneOf", "paths", "schema", "in", "name", "required", "enum", "x-tratta-name", "x-tratta-bogus", "", " ", "ü", "__proto__", "null", "1", "-", "$", "{id}"];

    public static string DeleteKey(YamlTree tree, Random random)
    {
        var place = tree.Pick(random);
        place.Remove();
        return "deleted " + place.Path;
    }

    /// <summary>A sequence item written twice, or a mapping entry copied under a second key.</summary>
    public static string DuplicateEntry(YamlTree tree, Random random)
    {
        var place = tree.Pick(random);
        if (place.Parent is YamlSequenceNode sequence)
        {
            sequence.Children.Insert(place.Index, place.Value);
            return "sequence item written twice at " + place.Path;
        }

        var copyKey = ((place.Key as YamlScalarNode)?.Value ?? "") + "_copy";
        ((YamlMappingNode)place.Parent).Children[new YamlScalarNode(copyKey)] = place.Value;
        return $"copied {place.Path} to key '{copyKey}'";
    }

    public static string MoveKey(YamlTree tree, Random random)
    {
        var place = tree.Pick(random, p => p.Parent is YamlMappingNode);
        var targets = tree.Places.Where(p => p.Value is YamlMappingNode && !p.Path.StartsWith(place.Path + "/", StringComparison.Ordinal) && p.Value != place.Value).ToList();
        if (targets.Count == 0 || place.Key is null)
        {
            return "no mapping to move to";
        }

        var target = targets[random.Next(targets.Count)];
        place.Remove();
        ((YamlMappingNode)target.Value).Children[place.Key] = place.Value;
        return $"moved {place.Path} into {target.Path}";
    }

    public static string RenameKey(YamlTree tree, Random random)
    {
        var place = tree.Pick(random, p => p.Parent is YamlMappingNode);
        if (place.Parent is not YamlMappingNode mapping || place.Key is not YamlScalarNode key)
        {
            return "no key to rename";
        }

        var name = random.Next(3) switch
        {
            0 => KeyNames[random.Next(KeyNames.Length)],
            1 => (key.Value ?? "").ToUpperInvariant(),
            _ => (key.Value ?? "") + new string((char)random.Next('a', 'z' + 1), 1),
        };
        var index = mapping.Children.Keys.ToList().IndexOf(key);
        var renamed = new YamlScalarNode(name);
        if (mapping.Children.ContainsKey(renamed))
        {
            mapping.Children.Remove(renamed);
            index = mapping.Children.Keys.ToList().IndexOf(key);
        }

        mapping.Children.RemoveAt(index);
        mapping.Children.Insert(index, renamed, place.Value);
        return $"renamed {place.Path} to '{name}'";
    }

    public static string ChangeValueType(YamlTree tree, Random random)
    {
        var place = tree.Pick(random);
        YamlNode replacement = random.Next(9) switch
        {
            0 => new YamlMappingNode(new YamlScalarNode("a"), new YamlScalarNode("b")),
            1 => new YamlMappingNode(),
            2 => new YamlSequenceNode(new YamlScalarNode("x"), new YamlMappingNode()),
            3 => new YamlSequenceNode(),
            4 => Plain(random.Next(2) == 0 ? "-1" : "1e400"),
            5 => Plain(random.Next(2) == 0 ? "true" : "false"),
            6 => Plain(random.Next(2) == 0 ? "null" : "~"),
            7 => new YamlScalarNode(place.Value is YamlScalarNode s ? s.Value + "x" : "string") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted },
            _ => Plain(random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture)),
        };
        place.Replace(replacement);
        return $"{place.Path} ({Kind(place.Value)}) replaced by {Kind(replacement)} {Describe(replacement)}";
    }

    /// <summary>A mapping of the document used again in another place, through an anchor and an alias.</summary>
    public static string Anchors(YamlTree tree, Random random)
    {
        var source = tree.Pick(random, p => p.Value is YamlMappingNode or YamlSequenceNode);
        var target = tree.Pick(random);
        source.Value.Anchor = new YamlDotNet.Core.AnchorName("shared");
        target.Replace(source.Value);
        return $"{target.Path} replaced by an alias of {source.Path}";
    }

    /// <summary>A node that contains itself: an alias to it (or to an ancestor) written inside it.</summary>
    public static string AliasCycle(YamlTree tree, Random random)
    {
        var place = tree.Pick(random, p => p.Value is YamlMappingNode);
        if (place.Value is not YamlMappingNode mapping)
        {
            return "no mapping for a cycle";
        }

        mapping.Anchor = new YamlDotNet.Core.AnchorName("loop");
        var inner = tree.Places.Where(p => p.Path.StartsWith(place.Path + "/", StringComparison.Ordinal) && p.Value is YamlMappingNode).Select(p => (YamlMappingNode)p.Value).ToList();
        var host = inner.Count > 0 && random.Next(2) == 0 ? inner[random.Next(inner.Count)] : mapping;
        var key = random.Next(3) switch { 0 => "items", 1 => "properties", _ => "self" };
        host.Children[new YamlScalarNode(key)] = key == "properties" ? new YamlMappingNode(new YamlScalarNode("again"), mapping) : mapping;
        return $"{place.Path} contains itself under '{key}'";
    }

    /// <summary>Billion laughs: each level a mapping whose values are all the level below, aliased, so 10 levels hold 10^10 leaves.</summary>
    public static string AliasBomb(YamlTree tree, Random random)
    {
        if (random.Next(4) == 0)
        {
            return AliasChain(tree, random);
        }

        var levels = random.Next(6, 12);
        var width = random.Next(4, 11);
        var shape = random.Next(3);
        YamlNode level = new YamlMappingNode(new YamlScalarNode("type"), new YamlScalarNode("string"));
        for (var i = 0; i < levels; i++)
        {
            level.Anchor = new YamlDotNet.Core.AnchorName("lol" + i);
            var below = level;
            level = shape switch
            {
                0 => new YamlMappingNode(new YamlScalarNode("type"), new YamlScalarNode("object"), new YamlScalarNode("properties"), new YamlMappingNode(Enumerable.Range(0, width).Select(w => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("p" + w), below)))),
                1 => new YamlMappingNode(new YamlScalarNode("allOf"), new YamlSequenceNode(Enumerable.Repeat(below, width))),
                _ => new YamlSequenceNode(Enumerable.Repeat(below, width)),
            };
        }

        var schemas = tree.MappingAt("components", "schemas");
        schemas.Children[new YamlScalarNode("Lol")] = shape == 2 ? new YamlMappingNode(new YamlScalarNode("enum"), level) : level;
        ReturnLol(tree);
        return $"{levels} levels x {width} aliases ({(shape == 0 ? "properties" : shape == 1 ? "allOf" : "nested lists in an enum")}) at /components/schemas/Lol";
    }

    /// <summary>
    /// Schemas each holding the one before through an alias: shallow as text (one line each), thousands of levels
    /// deep as a tree, so a reader that recurses per level meets the depth the text never shows.
    /// </summary>
    private static string AliasChain(YamlTree tree, Random random)
    {
        var length = random.Next(2) == 0 ? 10_000 : random.Next(100, 10_000);
        var schemas = tree.MappingAt("components", "schemas");
        YamlNode previous = new YamlMappingNode(new YamlScalarNode("type"), new YamlScalarNode("string"));
        for (var i = 0; i < length; i++)
        {
            previous.Anchor = new YamlDotNet.Core.AnchorName("c" + i);
            schemas.Children[new YamlScalarNode("Chain" + i)] = previous;
            previous = random.Next(2) == 0
                ? new YamlMappingNode(new YamlScalarNode("type"), new YamlScalarNode("object"), new YamlScalarNode("properties"), new YamlMappingNode(new YamlScalarNode("next"), previous))
                : new YamlMappingNode(new YamlScalarNode("type"), new YamlScalarNode("array"), new YamlScalarNode("items"), previous);
        }

        schemas.Children[new YamlScalarNode("Lol")] = previous;
        ReturnLol(tree);
        return $"a chain of {length} schemas, each an alias inside the next, at /components/schemas/Lol";
    }

    // An operation that returns the schema Lol: unreached schemas are not generated, and the bomb must reach the emitters.
    private static void ReturnLol(YamlTree tree) =>
        tree.MappingAt("paths", "/lol", "get").Children[new YamlScalarNode("responses")] = new YamlMappingNode(
            new YamlScalarNode("200"),
            new YamlMappingNode(new YamlScalarNode("description"), new YamlScalarNode("ok"), new YamlScalarNode("content"), new YamlMappingNode(new YamlScalarNode("application/json"), new YamlMappingNode(new YamlScalarNode("schema"), new YamlMappingNode(new YamlScalarNode("$ref"), new YamlScalarNode("#/components/schemas/Lol"))))));

    public static string BrokenRef(YamlTree tree, Random random)
    {
        string[] targets =
        [
            "#/components/schemas/DoesNotExist", "#/components/schemas/", "#/components/schemas", "#/components/parameters/X", "#/info", "#/paths", "#",
            "", "other.yaml#/components/schemas/A", "https://example.com/spec.yaml", "#/components/schemas/A%20B%ZZ", "#/components/schemas/~2", "#/paths/~1pets/get",
            "#/components/responses/NotFound", "#/components/schemas/Pet/properties/id", "#/definitions/Pet", "#/components/schemas/" + new string('x', 2000),
        ];
        var refs = tree.Places.Where(p => p.Key is YamlScalarNode { Value: "$ref" }).ToList();
        var target = targets[random.Next(targets.Length)];
        if (refs.Count > 0 && random.Next(4) > 0)
        {
            var place = refs[random.Next(refs.Count)];
            place.Replace(random.Next(6) == 0 ? new YamlMappingNode(new YamlScalarNode("$ref"), new YamlScalarNode(target)) : new YamlScalarNode(target));
            return $"{place.Path} = '{Shorten(target)}'";
        }

        // A $ref where the generator reads a schema, parameter, response or body that had none.
        var host = tree.Pick(random, p => p.Value is YamlMappingNode);
        ((YamlMappingNode)host.Value).Children[new YamlScalarNode("$ref")] = new YamlScalarNode(target);
        return $"{host.Path}/$ref = '{Shorten(target)}'";
    }

    /// <summary>References that never reach a schema: self, A → B → A, a long chain into a loop, through properties.</summary>
    public static string CircularRef(YamlTree tree, Random random)
    {
        var schemas = tree.MappingAt("components", "schemas");
        var names = tree.SchemaNames();
        YamlMappingNode Ref(string name) => new(new YamlScalarNode("$ref"), new YamlScalarNode("#/components/schemas/" + name));
        void Set(string name, YamlNode value) => schemas.Children[new YamlScalarNode(name)] = value;
        var a = names.Count > 0 ? names[random.Next(names.Count)] : "A";
        var b = names.Count > 1 ? names[random.Next(names.Count)] : "B";
        switch (random.Next(5))
        {
            case 0:
                Set(a, Ref(a));
                return $"{a} → {a}";
            case 1:
                Set(a, Ref(b));
                Set(b, Ref(a));
                return $"{a} → {b} → {a}";
            case 2:
                var length = random.Next(50, 2000);
                for (var i = 0; i < length; i++)
                {
                    Set("Chain" + i, Ref(i + 1 < length ? "Chain" + (i + 1) : "Chain0"));
                }

                Set(a, Ref("Chain0"));
                return $"{a} → a loop of {length} references";
            case 3:
                Set(a, new YamlMappingNode(new YamlScalarNode("allOf"), new YamlSequenceNode(Ref(b))));
                Set(b, new YamlMappingNode(new YamlScalarNode("allOf"), new YamlSequenceNode(Ref(a))));
                return $"{a} allOf {b} allOf {a}";
            default:
                Set(a, new YamlMappingNode(new YamlScalarNode("oneOf"), new YamlSequenceNode(Ref(a), Ref(b))));
                return $"{a} oneOf [{a}, {b}]";
        }
    }

    public static string WrongVersion(YamlTree tree, Random random)
    {
        var key = new YamlScalarNode("openapi");
        switch (random.Next(6))
        {
            case 0:
                tree.Root.Children.Remove(key);
                tree.Root.Children[new YamlScalarNode("swagger")] = new YamlScalarNode("2.0");
                return "swagger: 2.0 instead of openapi";
            case 1:
                tree.Root.Children.Remove(key);
                return "no 'openapi'";
            case 2:
                tree.Root.Children[key] = new YamlSequenceNode(new YamlScalarNode("3.1.0"));
                return "openapi: [3.1.0]";
            default:
                var version = new[] { "2.0", "3", "3.2.0", "4.0.0", "3.0", "3.1", "3.1.0-rc1", "30.0", "" }[random.Next(9)];
                tree.Root.Children[key] = Plain(version);
                return $"openapi: '{version}'";
        }
    }

    public static string MissingSection(YamlTree tree, Random random)
    {
        var section = new[] { "paths", "info", "components", "servers" }[random.Next(4)];
        var key = new YamlScalarNode(section);
        if (random.Next(3) == 0)
        {
            tree.Root.Children[key] = random.Next(2) == 0 ? new YamlSequenceNode() : Plain("null");
            return $"'{section}' emptied";
        }

        tree.Root.Children.Remove(key);
        return $"no '{section}'";
    }

    private static YamlScalarNode Plain(string value) => new(value) { Style = YamlDotNet.Core.ScalarStyle.Plain };

    private static string Kind(YamlNode node) => node switch { YamlMappingNode => "mapping", YamlSequenceNode => "sequence", _ => "scalar" };

    private static string Describe(YamlNode node) => node is YamlScalarNode scalar ? $"'{Shorten(scalar.Value ?? "")}'" : "";

    private static string Shorten(string text) => text.Length > 60 ? text.Substring(0, 60) + $"…({text.Length} chars)" : text;
}
