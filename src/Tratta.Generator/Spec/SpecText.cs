using System.Collections.Generic;
using System.Text;

namespace Tratta.Generator.Spec;

/// <summary>Line-level views of a spec's text, for reading YAML that YamlDotNet would reject as written.</summary>
internal static class SpecText
{
    /// <summary>The text with every line that holds only spaces or tabs made empty; null when there is none.</summary>
    public static string? BlankWhiteSpaceLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        var changed = false;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            var end = i > lineStart && text[i - 1] == '\r' ? i - 1 : i;
            var blank = end > lineStart;
            for (var j = lineStart; j < end && blank; j++)
            {
                blank = text[j] is ' ' or '\t';
            }

            if (blank)
            {
                changed = true;
            }
            else
            {
                builder.Append(text, lineStart, end - lineStart);
            }

            builder.Append(text, end, (i < text.Length ? i + 1 : i) - end);
            lineStart = i + 1;
        }

        return changed ? builder.ToString() : null;
    }

    /// <summary>The offset at which each line starts (line 1 first).</summary>
    public static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    /// <summary>
    /// Where the last flow collection (<c>{</c> or <c>[</c>) that is never closed opens, as zero-based line, column and
    /// offset; brackets inside quotes and comments are not counted. The end of the text when every one is closed.
    /// </summary>
    public static (int Line, int Column, int Offset) UnclosedBracket(string text)
    {
        var open = new Stack<int>();
        char? quote = null;
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                comment = false;
                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    comment = true;
                    break;
                case '{' or '[':
                    open.Push(i);
                    break;
                case '}' or ']' when open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        var offset = open.Count > 0 ? open.Peek() : text.Length;
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart, offset);
    }
}
