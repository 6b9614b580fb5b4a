using System;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>
/// Sizes no real spec has but a hostile or broken one can: 10,000 nested collections, a scalar of megabytes. Deep
/// nesting is spliced into the written YAML as text (YamlDotNet's own writer would recurse as deep to write it).
/// </summary>
internal static class HostileSizes
{
    public const string Splice = "__TRATTA_FUZZ_SPLICE__";

    // What generated code must escape or bound: quotes, comment ends, XML, backslashes, braces, new lines, non-ASCII.
    private static readonly string[] Pieces = ["a", "Z", "9", " ", "\"", "'", "*/", "/*", "</summary>", "<", "&", "\\", "{", "}", "\n", "\r\n", "é", "\u2028", "#", ": ", "- ", "\"\"\"", "\t", "$"];

    /// <summary>Puts a placeholder where the nesting will go; returns how to replace it (or a text to append).</summary>
    public static (string Detail, Func<string, string> Finish) DeepNesting(YamlTree tree, Random random)
    {
        // Mostly the 10,000 levels no parser should recurse through; sometimes a depth a recursive reader survives.
        var depth = random.Next(4) switch { 0 => random.Next(1_000, 10_000), 1 => random.Next(20, 130), _ => 10_000 };
        var shape = random.Next(6);
        if (shape == 5)
        {
            // Block mappings, one space deeper per level, under a top-level extension the generator does not read.
            var block = new StringBuilder("\nx-deep:\n");
            var blockDepth = Math.Min(depth, 2_500);
            for (var i = 1; i <= blockDepth; i++)
            {
                block.Append(' ', i).Append("a:\n");
            }

            block.Append(' ', blockDepth + 1).Append("end\n");
            return ($"{blockDepth} nested block mappings at /x-deep", text => text + block);
        }

        var nested = shape switch
        {
            0 => new string('[', depth),
            1 => new string('[', depth) + new string(']', depth),
            2 => Repeat("{type: object, properties: {a: ", depth) + "{type: string}" + new string('}', depth * 2),
            3 => Repeat("{type: array, items: ", depth) + "{type: string}" + new string('}', depth),
            _ => Repeat("{allOf: [", depth) + "{type: string}" + Repeat("]}", depth),
        };
        var where = shape is 0 or 1 && random.Next(2) == 0 ? tree.Pick(random).Path : "/components/schemas/Deep";
        if (where == "/components/schemas/Deep")
        {
            tree.MappingAt("components", "schemas").Children[new YamlScalarNode("Deep")] = new YamlScalarNode(Splice);
            UseSchema(tree, "Deep");
        }
        else
        {
            tree.Places.First(p => p.Path == where).Replace(new YamlScalarNode(Splice));
        }

        var kind = shape switch { 0 => "unclosed '['", 1 => "'[...]'", 2 => "schemas in properties", 3 => "schemas in items", _ => "schemas in allOf" };
        return ($"{depth} nested {kind} at {where}", text => text.Replace(Splice, nested, StringComparison.Ordinal));
    }

    /// <summary>A 1–10 MB scalar where the generator copies text into code: a description, a name, an enum value, a pattern.</summary>
    public static string HugeString(YamlTree tree, Random random)
    {
        var length = random.Next(1_000_000, 10_000_001);
        var builder = new StringBuilder(length + 16);
        var plain = random.Next(3) == 0;
        while (builder.Length < length)
        {
            builder.Append(plain ? "abcdefghij"[random.Next(10)].ToString() : Pieces[random.Next(Pieces.Length)]);
        }

        var huge = new YamlScalarNode(builder.ToString()) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
        var target = random.Next(6);
        var schemas = tree.MappingAt("components", "schemas");
        UseSchema(tree, "Huge");
        switch (target)
        {
            case 0:
                tree.Pick(random, p => p.Key is YamlScalarNode { Value: "description" or "summary" or "title" }).Replace(huge);
                return $"{length} chars{(plain ? " of letters" : "")} in a description";
            case 1:
                schemas.Children[new YamlScalarNode("Huge")] = Map("type", Scalar("object"), "properties", Map(huge.Value!, Map("type", Scalar("string"))));
                return $"a property name of {length} chars";
            case 2:
                schemas.Children[new YamlScalarNode("Huge")] = Map("type", Scalar("string"), "enum", new YamlSequenceNode(huge, Scalar("b")));
                return $"an enum value of {length} chars";
            case 3:
                schemas.Children[new YamlScalarNode("Huge")] = Map("type", Scalar("string"), "pattern", huge);
                return $"a pattern of {length} chars";
            case 4:
                tree.MappingAt("paths", "/huge", "get").Children[new YamlScalarNode("operationId")] = huge;
                return $"an operationId of {length} chars";
            default:
                schemas.Children[huge] = Map("type", Scalar("string"));
                return $"a schema name of {length} chars";
        }
    }

    /// <summary>An operation returning the schema, so that it is reached (unreached schemas are not generated).</summary>
    private static void UseSchema(YamlTree tree, string schema)
    {
        var operation = tree.MappingAt("paths", "/fuzz-" + schema.ToLowerInvariant(), "get");
        operation.Children[new YamlScalarNode("responses")] = Map("200", Map(
            "description", Scalar("ok"),
            "content", Map("application/json", Map("schema", Map("$ref", Scalar("#/components/schemas/" + schema))))));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static YamlScalarNode Scalar(string value) => new(value);

    private static YamlMappingNode Map(params object[] entries)
    {
        var mapping = new YamlMappingNode();
        for (var i = 0; i < entries.Length; i += 2)
        {
            mapping.Children[new YamlScalarNode((string)entries[i])] = (YamlNode)entries[i + 1];
        }

        return mapping;
    }
}
