using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Common;
using Tratta.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Spec;

/// <summary>Reads the <c>x-tratta-*</c> keywords of a schema; any other <c>x-</c> keyword is left to other tools.</summary>
internal sealed class ExtensionReader
{
    public const string Prefix = "x-tratta-";

    public static readonly string[] KnownRules = { "card-number", "routing-number", "us-phone" };

    private static readonly string[] SchemaExtensions =
    {
        "x-tratta-name", "x-tratta-sensitive", "x-tratta-required-without", "x-tratta-required-with",
        "x-tratta-required-if", "x-tratta-rule", "x-tratta-after-or-equal", "x-tratta-date-format",
        "x-tratta-aliases", "x-tratta-entry-list", "x-tratta-envelope", "x-tratta-paging",
    };

    private readonly YamlNodes _nodes;

    public ExtensionReader(YamlNodes nodes) => _nodes = nodes;

    /// <summary>
    /// The <c>x-tratta-*</c> keys of an object that is not a schema (an operation, a parameter, a server variable, a
    /// security scheme); any key not in <paramref name="allowed"/> is reported.
    /// </summary>
    public SpecObjectExtensions ReadObject(YamlNode node, params string[] allowed)
    {
        var extensions = SpecObjectExtensions.None;
        foreach (var (key, keyNode, value) in _nodes.Entries(node, "this object"))
        {
            if (!key.StartsWith(Prefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            if (!allowed.Contains(key))
            {
                ReportUnknown(key, keyNode, allowed);
                continue;
            }

            extensions = key switch
            {
                "x-tratta-name" => extensions with { Name = Scalar(value, key) },
                "x-tratta-idempotent" => extensions with { Idempotent = _nodes.AsBoolean(value, key) },
                "x-tratta-required" => extensions with { Required = _nodes.AsBoolean(value, key) },
                "x-tratta-format" => extensions with { Format = OneOf(value, key, new[] { "uuid" }) },
                "x-tratta-strict" => extensions with { Strict = _nodes.AsBoolean(value, key) },
                "x-tratta-dialect" => extensions with { Dialect = OneOf(value, key, new[] { "laravel", "json-schema" }) },
                "x-tratta-grouping" => extensions with { Grouping = OneOf(value, key, new[] { "paths", "tags" }) },
                "x-tratta-schemas" => extensions with { Schemas = OneOf(value, key, new[] { "used", "all" }) },
                _ => extensions,
            };
        }

        return extensions;
    }

    public SpecExtensions ReadSchema(YamlMappingNode node)
    {
        var extensions = SpecExtensions.None;
        foreach (var entry in node.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } keyNode || !key.StartsWith(Prefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            if (!SchemaExtensions.Contains(key))
            {
                ReportUnknown(key, keyNode, SchemaExtensions);
                continue;
            }

            var value = entry.Value;
            extensions = key switch
            {
                "x-tratta-name" => extensions with { Name = Scalar(value, key) },
                "x-tratta-sensitive" => extensions with { Sensitive = _nodes.AsBoolean(value, key) },
                "x-tratta-required-without" => extensions with { RequiredWithout = Names(value, key) },
                "x-tratta-required-with" => extensions with { RequiredWith = Names(value, key) },
                "x-tratta-required-if" => extensions with { RequiredIf = RequiredIf(value, key) },
                "x-tratta-rule" => extensions with { Rule = OneOf(value, key, KnownRules) },
                "x-tratta-after-or-equal" => extensions with { AfterOrEqual = OneOf(value, key, new[] { "today" }) },
                "x-tratta-date-format" => extensions with { DateFormat = DateFormat(value, key) },
                "x-tratta-aliases" => extensions with { Aliases = Names(value, key) },
                "x-tratta-entry-list" => extensions with { EntryList = EntryList(value, key) },
                "x-tratta-envelope" => extensions with { Envelope = Scalar(value, key) },
                "x-tratta-paging" => extensions with { Paging = OneOf(value, key, new[] { "laravel" }) },
                _ => extensions,
            };
        }

        return extensions;
    }

    private void ReportUnknown(string key, YamlNode keyNode, string[] known) =>
        _nodes.Report(DiagnosticInfo.Create(TrattaDiagnostics.UnknownExtension.Id, _nodes.SpanOf(keyNode), key, string.Join(", ", known)));

    private string? Scalar(YamlNode value, string key)
    {
        if (value is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        Invalid(value, key, "expected a non-empty single value.");
        return null;
    }

    // The generated code writes and reads with this layout: one that .NET cannot use would fail at run time instead.
    private string? DateFormat(YamlNode value, string key)
    {
        var layout = Scalar(value, key);
        if (layout is null)
        {
            return null;
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            var written = new System.DateTime(2023, 2, 28, 13, 21, 16).ToString(layout, invariant);
            if (System.DateTime.TryParseExact(written, layout, invariant, System.Globalization.DateTimeStyles.None, out _))
            {
                return layout;
            }
        }
        catch (System.FormatException)
        {
        }

        Invalid(value, key, $"'{layout}' is not a .NET date and time format that can be written and read back, such as MM/dd/yyyy.");
        return null;
    }

    private string? OneOf(YamlNode value, string key, string[] allowed)
    {
        var text = Scalar(value, key);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        Invalid(value, key, $"'{text}' is not one of {string.Join(", ", allowed)}.");
        return null;
    }

    private EquatableArray<string> Names(YamlNode value, string key)
    {
        var names = _nodes.Strings(value, key);
        if (names.Count == 0)
        {
            Invalid(value, key, "list at least one property name.");
        }

        return names.ToEquatableArray();
    }

    private SpecRequiredIf? RequiredIf(YamlNode value, string key)
    {
        var property = _nodes.String(value, "property");
        var equals = _nodes.String(value, "equals");
        if (property is null || equals is null)
        {
            Invalid(value, key, "write a mapping with 'property' (a sibling's name) and 'equals' (its value).");
            return null;
        }

        return new SpecRequiredIf(property, equals);
    }

    private SpecEntryList? EntryList(YamlNode value, string key)
    {
        var keyProperty = _nodes.String(value, "key");
        var valueProperty = _nodes.String(value, "value");
        if (keyProperty is null || valueProperty is null)
        {
            Invalid(value, key, "write a mapping with 'key' and 'value' (the entry objects' property names).");
            return null;
        }

        return new SpecEntryList(keyProperty, valueProperty);
    }

    private void Invalid(YamlNode value, string key, string reason) =>
        _nodes.Report(DiagnosticInfo.Create(TrattaDiagnostics.InvalidExtensionValue.Id, _nodes.SpanOf(value), key, reason));
}
