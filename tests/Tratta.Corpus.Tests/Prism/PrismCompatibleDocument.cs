using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Tratta.Corpus.Tests.Prism;

/// <summary>
/// A copy of a document that Prism 5.16 can validate form and multipart bodies against, for two gaps of its own:
/// <list type="bullet">
/// <item>It reads a list in a form or multipart body only when the media type's <c>encoding</c> names a style for
/// it, and otherwise answers 422 "must be array" to any encoding of the list (stoplightio/prism#2473, #2654). The
/// copy spells out OpenAPI's default, <c>style: form, explode: true</c> (repeated keys: what the client sends).</item>
/// <item>It reads every multipart part as text (validators/body.js, parseMultipartFormDataParams), so an object
/// part, which OpenAPI sends as JSON, always fails "must be object". The copy declares such a part a string.</item>
/// </list>
/// Nothing else changes meaning: YAML and JSON documents alike are written back as YAML, and lines of spaces only
/// come out empty.
/// </summary>
internal static class PrismCompatibleDocument
{
    public static string Write(string sourcePath, string targetDirectory)
    {
        // YamlDotNet refuses a keep block scalar (|+) whose first line is only spaces, which OpenAI's document has
        // (the generator maps such lines back to their positions; a mock needs no positions): blank those lines.
        var text = string.Join("\n", File.ReadAllLines(sourcePath).Select(line => line.Trim().Length == 0 ? "" : line));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var (media, multipart) in FormMediaTypes(root))
        {
            if (Child(media, "schema") is not YamlMappingNode schema || Resolve(root, schema) is not { } bodySchema || Child(bodySchema, "properties") is not YamlMappingNode properties)
            {
                continue;
            }

            if (multipart)
            {
                foreach (var name in properties.Children.Where(p => p.Value is YamlMappingNode property && IsObject(root, property)).Select(p => p.Key).ToList())
                {
                    properties.Children[name] = new YamlMappingNode { { "type", "string" }, { "description", "JSON (Prism reads multipart parts as text)" } };
                }
            }

            var lists = properties.Children
                .Where(p => p.Value is YamlMappingNode property && Resolve(root, property) is { } resolved && Child(resolved, "type") is YamlScalarNode { Value: "array" })
                .Select(p => ((YamlScalarNode)p.Key).Value!)
                .ToList();
            if (lists.Count == 0)
            {
                continue;
            }

            if (Child(media, "encoding") is not YamlMappingNode encoding)
            {
                encoding = new YamlMappingNode();
                media.Add("encoding", encoding);
            }

            foreach (var name in lists.Where(name => Child(encoding, name) is null))
            {
                encoding.Add(name, new YamlMappingNode { { "style", "form" }, { "explode", "true" } });
            }
        }

        Directory.CreateDirectory(targetDirectory);
        var copy = Path.Combine(targetDirectory, Path.GetFileNameWithoutExtension(sourcePath) + ".prism.yaml");
        using (var writer = File.CreateText(copy))
        {
            stream.Save(writer, assignAnchors: false);
        }

        return copy;
    }

    private static bool IsObject(YamlMappingNode root, YamlMappingNode property) =>
        Resolve(root, property) is { } resolved
        && (Child(resolved, "type") is YamlScalarNode { Value: "object" } || Child(resolved, "properties") is not null || Child(resolved, "allOf") is not null);

    private static System.Collections.Generic.IEnumerable<(YamlMappingNode Media, bool IsMultipart)> FormMediaTypes(YamlMappingNode root)
    {
        if (Child(root, "paths") is not YamlMappingNode paths)
        {
            yield break;
        }

        foreach (var item in paths.Children.Values.OfType<YamlMappingNode>())
        {
            foreach (var operation in item.Children.Values.OfType<YamlMappingNode>())
            {
                if (Child(operation, "requestBody") is YamlMappingNode body && Child(body, "content") is YamlMappingNode content)
                {
                    if (Child(content, "application/x-www-form-urlencoded") is YamlMappingNode form)
                    {
                        yield return (form, false);
                    }

                    if (Child(content, "multipart/form-data") is YamlMappingNode multipart)
                    {
                        yield return (multipart, true);
                    }
                }
            }
        }
    }

    private static YamlMappingNode? Resolve(YamlMappingNode root, YamlMappingNode schema)
    {
        if (Child(schema, "$ref") is not YamlScalarNode { Value: { } reference })
        {
            return schema;
        }

        var node = (YamlNode)root;
        foreach (var segment in reference.TrimStart('#', '/').Split('/'))
        {
            node = Child(node, segment.Replace("~1", "/").Replace("~0", "~"))!;
            if (node is null)
            {
                return null;
            }
        }

        return node as YamlMappingNode;
    }

    private static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
