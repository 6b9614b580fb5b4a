using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Spec;

/// <summary>Reads a JSON Schema object (and the schemas nested in it) into a <see cref="SpecSchema"/>.</summary>
internal sealed class SchemaReader
{
    private readonly YamlNodes _nodes;
    private readonly ExtensionReader _extensions;

    /// <summary>
    /// Schemas nested in schemas the reader follows. Every stage after it recurses once per level, on the compiler's
    /// stack; YAML text cannot nest deeper than <see cref="NestingLimitParser.MaxDepth"/>, but aliases can (each
    /// anchor one line, inside the next), and a stack overflow is a crash no catch can stop.
    /// </summary>
    public const int MaxDepth = 64;

    // The schema nodes being read: a YAML alias that points back at one of them (a recursive anchor) would recurse
    // for ever and overflow the compiler's stack, which no catch can stop.
    private readonly HashSet<YamlNode> _reading = new(ReferenceEqualityComparer.Instance);

    public SchemaReader(YamlNodes nodes, ExtensionReader extensions)
    {
        _nodes = nodes;
        _extensions = extensions;
    }

    private void ReportUnsupported(YamlNode node, string construct, string fallback) =>
        _nodes.Report(DiagnosticInfo.Create(TrattaDiagnostics.UnsupportedConstruct.Id, _nodes.SpanOf(node), construct, fallback));

    public SpecSchema? Read(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            _nodes.ReportShape(node, "Expected a schema to be a mapping (for example 'type: string').");
            return null;
        }

        if (!_reading.Add(mapping))
        {
            ReportUnsupported(node, "A YAML alias that makes a schema contain itself", "Write the recursion as a '$ref' to a schema under components/schemas.");
            return null;
        }

        if (_reading.Count > MaxDepth)
        {
            _reading.Remove(mapping);
            ReportUnsupported(node, $"A schema nested more than {MaxDepth} schemas deep", "The value is read as free-form JSON (JsonElement).");
            return new SpecSchema { Span = _nodes.SpanOf(node) };
        }

        try
        {
            return ReadMapping(mapping);
        }
        finally
        {
            _reading.Remove(mapping);
        }
    }

    private SpecSchema ReadMapping(YamlMappingNode mapping)
    {
        YamlNode node = mapping;
        var keywords = new List<SpecKeyword>();
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } key })
            {
                keywords.Add(new SpecKeyword(key, _nodes.SpanOf(entry.Key), _nodes.SpanOf(entry.Value)));
            }
        }

        return new SpecSchema
        {
            Span = _nodes.SpanOf(node),
            Keywords = keywords.ToEquatableArray(),
            Ref = _nodes.String(node, "$ref"),
            Types = _nodes.Child(node, "type") is { } type ? _nodes.Strings(type, "type").ToEquatableArray() : EquatableArray<string>.Empty,
            Nullable = _nodes.Boolean(node, "nullable"),
            Format = _nodes.String(node, "format"),
            Title = _nodes.Text(node, "title"),
            Description = _nodes.Text(node, "description"),
            Deprecated = _nodes.Boolean(node, "deprecated"),
            Properties = ReadProperties(node),
            Required = _nodes.Child(node, "required") is { } required ? _nodes.Strings(required, "required").ToEquatableArray() : EquatableArray<string>.Empty,
            Items = Nested(node, "items"),
            AdditionalProperties = ReadAdditionalProperties(node),
            PropertyNames = Nested(node, "propertyNames"),
            Enum = _nodes.Child(node, "enum") is { } values ? _nodes.Strings(values, "enum").ToEquatableArray() : EquatableArray<string>.Empty,
            OneOf = List(node, "oneOf"),
            AnyOf = List(node, "anyOf"),
            AllOf = List(node, "allOf"),
            MinLength = _nodes.Integer(node, "minLength"),
            MaxLength = _nodes.Integer(node, "maxLength"),
            Pattern = _nodes.String(node, "pattern"),
            Minimum = _nodes.Number(node, "minimum"),
            Maximum = _nodes.Number(node, "maximum"),
            ExclusiveMinimum = ExclusiveBound(node, "exclusiveMinimum"),
            ExclusiveMaximum = ExclusiveBound(node, "exclusiveMaximum"),
            Extensions = _extensions.ReadSchema(mapping),
            EnumIsNumeric = _nodes.Child(node, "enum") is YamlSequenceNode enumValues && enumValues.Children.All(IsNullOrNumber) && enumValues.Children.Any(v => !IsNull(v)),
            Const = _nodes.Child(node, "const") is YamlScalarNode constant ? constant.Value : null,
            ConstIsNumeric = _nodes.Child(node, "const") is YamlScalarNode constantValue && IsNumber(constantValue),
            Discriminator = ReadDiscriminator(node),
            ReadOnly = _nodes.Boolean(node, "readOnly"),
            WriteOnly = _nodes.Boolean(node, "writeOnly"),
            Default = _nodes.Child(node, "default") is YamlScalarNode defaultValue ? defaultValue.Value : null,
            MinItems = _nodes.Integer(node, "minItems"),
            MaxItems = _nodes.Integer(node, "maxItems"),
            ContentEncoding = _nodes.String(node, "contentEncoding"),
            NoAdditionalProperties = _nodes.Child(node, "additionalProperties") is YamlScalarNode { Value: "false" },
            DynamicRef = _nodes.String(node, "$recursiveRef") ?? _nodes.String(node, "$dynamicRef"),
        };
    }

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "~" or "" };

    private static bool IsNumber(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text }
        && decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static bool IsNullOrNumber(YamlNode node) => IsNull(node) || IsNumber(node);

    private SpecDiscriminator? ReadDiscriminator(YamlNode node)
    {
        if (_nodes.Child(node, "discriminator") is not { } discriminator)
        {
            return null;
        }

        if (_nodes.String(discriminator, "propertyName") is not { } property)
        {
            _nodes.ReportShape(discriminator, "Expected a discriminator to have a 'propertyName'.");
            return null;
        }

        var mapping = new List<SpecMapping>();
        if (_nodes.Child(discriminator, "mapping") is { } mappingNode)
        {
            foreach (var (value, _, target) in _nodes.Entries(mappingNode, "'mapping'"))
            {
                if (target is YamlScalarNode { Value: { } targetText })
                {
                    mapping.Add(new SpecMapping(value, targetText));
                }
            }
        }

        return new SpecDiscriminator(property, mapping.ToEquatableArray(), _nodes.SpanOf(discriminator));
    }

    private EquatableArray<SpecProperty> ReadProperties(YamlNode node)
    {
        if (_nodes.Child(node, "properties") is not { } properties)
        {
            return EquatableArray<SpecProperty>.Empty;
        }

        var result = new List<SpecProperty>();
        foreach (var (name, keyNode, value) in _nodes.Entries(properties, "'properties'"))
        {
            if (Read(value) is { } schema)
            {
                result.Add(new SpecProperty(name, _nodes.SpanOf(keyNode), schema));
            }
        }

        return result.ToEquatableArray();
    }

    private SpecSchema? ReadAdditionalProperties(YamlNode node)
    {
        // 'additionalProperties: false' (or true) says nothing about a value type; only a schema makes a map.
        var value = _nodes.Child(node, "additionalProperties");
        return value is YamlMappingNode ? Read(value) : null;
    }

    // OpenAPI 3.0 writes exclusive bounds as booleans next to minimum/maximum; 3.1 as numbers.
    private decimal? ExclusiveBound(YamlNode node, string key)
    {
        var value = _nodes.Child(node, key);
        if (value is YamlScalarNode { Value: "true" or "false" })
        {
            return _nodes.AsBoolean(value, key)
                ? _nodes.Number(node, key == "exclusiveMinimum" ? "minimum" : "maximum")
                : null;
        }

        return _nodes.Number(node, key);
    }

    private SpecSchema? Nested(YamlNode node, string key) =>
        _nodes.Child(node, key) is { } child ? Read(child) : null;

    private EquatableArray<SpecSchema> List(YamlNode node, string key)
    {
        if (_nodes.Child(node, key) is not { } child)
        {
            return EquatableArray<SpecSchema>.Empty;
        }

        if (child is not YamlSequenceNode sequence)
        {
            _nodes.ReportShape(child, $"Expected '{key}' to be a list of schemas.");
            return EquatableArray<SpecSchema>.Empty;
        }

        return sequence.Children.Select(Read).Where(s => s is not null).Select(s => s!).ToEquatableArray();
    }
}
