using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Tratta.Corpus.Tests.Prism;

/// <summary>
/// A copy of a document that Prism 5.16 can validate form bodies against. Prism reads a list in an
/// <c>application/x-www-form-urlencoded</c> body only when the media type's <c>encoding</c> names a style for it, and
/// otherwise answers 422 "must be array" to any encoding of the list (stoplightio/prism#2473, #2654). The copy spells
/// out OpenAPI's default for such properties, <c>style: form, explode: true</c> (repeated keys, what the client
/// sends), and changes nothing else. YAML and JSON documents alike are written back as YAML.
/// </summary>
internal static class PrismCompatibleDocument
{
    public static string Write(string sourcePath, string targetDirectory)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(sourcePath))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var media in FormMediaTypes(root))
        {
            if (Child(media, "schema") is not YamlMappingNode schema || Resolve(root, schema) is not { } bodySchema || Child(bodySchema, "properties") is not YamlMappingNode properties)
            {
                continue;
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

    private static System.Collections.Generic.IEnumerable<YamlMappingNode> FormMediaTypes(YamlMappingNode root)
    {
        if (Child(root, "paths") is not YamlMappingNode paths)
        {
            yield break;
        }

        foreach (var item in paths.Children.Values.OfType<YamlMappingNode>())
        {
            foreach (var operation in item.Children.Values.OfType<YamlMappingNode>())
            {
                if (Child(operation, "requestBody") is YamlMappingNode body && Child(body, "content") is YamlMappingNode content
                    && Child(content, "application/x-www-form-urlencoded") is YamlMappingNode media)
                {
                    yield return media;
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
