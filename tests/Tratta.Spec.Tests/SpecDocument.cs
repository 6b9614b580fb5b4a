using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Tratta.Spec.Tests;

/// <summary>spec/tratta.yaml read with YamlDotNet alone, independently of the generator's reader.</summary>
internal sealed class SpecDocument
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private SpecDocument(YamlMappingNode root) => Root = root;

    public static SpecDocument Tratta { get; } = Load(Path.Combine(System.AppContext.BaseDirectory, "Specs", "tratta.yaml"));

    public YamlMappingNode Root { get; }

    public static SpecDocument Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return new SpecDocument((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public IEnumerable<(string Method, string Path, YamlMappingNode Operation)> Operations() =>
        from path in Map(Root, "paths").Children
        from entry in ((YamlMappingNode)path.Value).Children
        where Methods.Contains(entry.Key.ToString())
        select (entry.Key.ToString().ToUpperInvariant(), path.Key.ToString(), (YamlMappingNode)entry.Value);

    public YamlMappingNode Schema(string name) => Map(Map(Map(Root, "components"), "schemas"), name);

    public YamlMappingNode Property(string schema, string property) => Map(Map(Schema(schema), "properties"), property);

    public IReadOnlyList<string> PropertyNames(string schema) =>
        Map(Schema(schema), "properties").Children.Keys.Select(key => key.ToString()).ToList();

    public IReadOnlyList<string> Required(string schema) =>
        Schema(schema).Children.TryGetValue(new YamlScalarNode("required"), out var required)
            ? ((YamlSequenceNode)required).Children.Select(item => item.ToString()).ToList()
            : [];

    /// <summary>The operation with that operationId.</summary>
    public YamlMappingNode Operation(string operationId) =>
        Operations().Single(o => Scalar(o.Operation, "operationId") == operationId).Operation;

    /// <summary>A node, or the component a local <c>$ref</c> in it points at.</summary>
    public YamlMappingNode Resolve(YamlMappingNode node)
    {
        if (Scalar(node, "$ref") is not { } reference)
        {
            return node;
        }

        var target = Root;
        foreach (var part in reference.TrimStart('#', '/').Split('/'))
        {
            target = Map(target, part);
        }

        return target;
    }

    /// <summary>The JSON schema of a request body or response: <c>content.application/json.schema</c>.</summary>
    public YamlMappingNode JsonSchema(YamlMappingNode bodyOrResponse) =>
        Map(Map(Map(Resolve(bodyOrResponse), "content"), "application/json"), "schema");

    /// <summary>A schema's <c>type</c>, a list joined with commas (<c>boolean,null</c>); null when it has none.</summary>
    public static string? Types(YamlMappingNode schema) =>
        schema.Children.TryGetValue(new YamlScalarNode("type"), out var type)
            ? type is YamlSequenceNode list ? string.Join(",", list.Children) : type.ToString()
            : null;

    public static IReadOnlyList<string> Strings(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(item => item.ToString()).ToList();

    public static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
