using System.Collections.Generic;
using System.Globalization;
using Tratta.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Tratta.Generator.Spec;

/// <summary>
/// Typed access to YamlDotNet nodes that reports a TRATTA002 diagnostic, at the offending node, for every value
/// of the wrong shape instead of throwing.
/// </summary>
internal sealed class YamlNodes
{
    private readonly List<DiagnosticInfo> _diagnostics;

    // Where each line of the spec as written starts, when the text YamlDotNet read was adjusted (see SpecText): the
    // offsets of its marks are then those of the adjusted text, and are mapped back through line and column.
    private int[]? _originalLineStarts;

    public YamlNodes(List<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics;

    public void UseOriginalLineStarts(int[] lineStarts) => _originalLineStarts = lineStarts;

    public SpecSpan SpanOf(YamlNode node) => Span(node.Start, node.End);

    public SpecSpan Span(YamlDotNet.Core.Mark start, YamlDotNet.Core.Mark end) => new(
        Offset(start),
        Offset(end),
        (int)start.Line - 1,
        (int)start.Column - 1,
        (int)end.Line - 1,
        (int)end.Column - 1);

    private int Offset(YamlDotNet.Core.Mark mark) =>
        _originalLineStarts is { } starts && mark.Line >= 1 && mark.Line <= starts.Length
            ? starts[(int)mark.Line - 1] + (int)mark.Column - 1
            : (int)mark.Index;

    public void Report(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

    public void ReportShape(YamlNode node, string message) =>
        _diagnostics.Add(DiagnosticInfo.Create(TrattaDiagnostics.InvalidStructure.Id, SpanOf(node), message));

    /// <summary>The entries of a mapping with scalar keys, in document order.</summary>
    public IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlNode node, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            ReportShape(node, $"Expected {what} to be a mapping (key: value pairs).");
            yield break;
        }

        foreach (var entry in mapping.Children)
        {
            if (entry.Key is YamlScalarNode keyNode && keyNode.Value is not null)
            {
                yield return (keyNode.Value, keyNode, entry.Value);
            }
            else
            {
                ReportShape(entry.Key, $"Expected the keys of {what} to be plain names.");
            }
        }
    }

    public YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(YamlNode node, string key)
    {
        var value = Child(node, key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        ReportShape(value, $"Expected '{key}' to be a single value, not a list or mapping.");
        return null;
    }

    /// <summary>Prose (a description, a summary, a title): null when absent or blank, so that every reader falls back alike.</summary>
    public string? Text(YamlNode node, string key) => String(node, key) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    public bool Boolean(YamlNode node, string key)
    {
        var value = Child(node, key);
        return value is not null && AsBoolean(value, key);
    }

    /// <summary>true, false, or null when the key is absent (or not a boolean, after reporting it).</summary>
    public bool? OptionalBoolean(YamlNode node, string key) =>
        Child(node, key) is { } value ? AsBoolean(value, key) : null;

    public bool AsBoolean(YamlNode value, string key)
    {
        if (value is YamlScalarNode { Value: "true" or "True" or "TRUE" })
        {
            return true;
        }

        if (value is YamlScalarNode { Value: "false" or "False" or "FALSE" })
        {
            return false;
        }

        ReportShape(value, $"Expected '{key}' to be true or false.");
        return false;
    }

    public int? Integer(YamlNode node, string key)
    {
        var value = Child(node, key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) && result >= 0)
        {
            return result;
        }

        ReportShape(value, $"Expected '{key}' to be a whole number of zero or more.");
        return null;
    }

    public decimal? Number(YamlNode node, string key)
    {
        var value = Child(node, key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode scalar && decimal.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        ReportShape(value, $"Expected '{key}' to be a number.");
        return null;
    }

    /// <summary>A list of scalars; a single scalar is read as a list of one.</summary>
    public List<string> Strings(YamlNode value, string key)
    {
        var result = new List<string>();
        switch (value)
        {
            case YamlScalarNode scalar when scalar.Value is not null:
                result.Add(scalar.Value);
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: not null } itemScalar)
                    {
                        result.Add(itemScalar.Value);
                    }
                    else
                    {
                        ReportShape(item, $"Expected the items of '{key}' to be single values.");
                    }
                }

                break;
            default:
                ReportShape(value, $"Expected '{key}' to be a list of values.");
                break;
        }

        return result;
    }
}
