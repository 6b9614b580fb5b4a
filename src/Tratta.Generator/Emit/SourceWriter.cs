using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Tratta.Generator.Emit;

/// <summary>Builds C# source text with indentation; always "\n" line endings so output is byte-identical everywhere.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>A constructor header with its <c>: base(...)</c> or <c>: this(...)</c> initializer.</summary>
    public SourceWriter OpenConstructor(string header, string initializer)
    {
        Line(header);
        _indent++;
        Line(": " + initializer);
        _indent--;
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>
    /// Writes a <c>/// &lt;summary&gt;</c> comment: <paramref name="text"/> (from the spec) is XML-escaped and split
    /// into lines; <paramref name="xml"/> (the generator's own markup, e.g. <c>&lt;see cref="..."/&gt;</c>) is not.
    /// </summary>
    public SourceWriter Summary(string? text, string? xml = null)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            lines.AddRange(Lines(text!).Select(Xml));
        }

        if (!string.IsNullOrWhiteSpace(xml))
        {
            lines.Add(xml!);
        }

        if (lines.Count == 0)
        {
            return this;
        }

        if (lines.Count == 1 && lines[0].Length <= 100)
        {
            return Line($"/// <summary>{lines[0].Trim()}</summary>");
        }

        Line("/// <summary>");
        foreach (var line in lines)
        {
            Line(("/// " + line).TrimEnd());
        }

        Line("/// </summary>");
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>Splits text at every line break C# knows (\r\n, \r, \n, U+0085, U+2028, U+2029).</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u0085', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Trim().Split('\n').Select(line => line.TrimEnd());

    /// <summary>Text for a one-line XML doc element such as <c>&lt;param&gt;</c>: line breaks become spaces.</summary>
    public static string XmlLine(string text) => Xml(string.Join(" ", Lines(text).Where(line => line.Length > 0)));

    /// <summary>
    /// Text inside a <c>///</c> line: XML escaped, and every line break a space. A spec value (an enum value, a
    /// property name) can hold a line break, and the text after it would leave the comment and become code.
    /// </summary>
    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace('\r', ' ').Replace('\n', ' ').Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');

    /// <summary>A C# string literal.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
