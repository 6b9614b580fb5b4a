using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Tratta.Generator.Tests.Infrastructure.Fuzzing;

/// <summary>Mutations of a spec as text: what an editor, a broken download or a wrong encoding does to a file.</summary>
internal static class TextMutations
{
    // Bytes a file can hold that no YAML or JSON document should: NUL, C0 controls, DEL, a lone continuation byte,
    // bytes never valid in UTF-8, a UTF-8 BOM, an encoded surrogate (invalid in UTF-8), a truncated 3-byte sequence.
    private static readonly byte[][] HostileBytes =
    [
        [0x00], [0x01], [0x07], [0x08], [0x0B], [0x0C], [0x1B], [0x7F], [0x80], [0xBF], [0xC0], [0xC1], [0xF5], [0xFF],
        [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    // Characters the compiler can hand to a generator: a lone surrogate, BOM, line and paragraph separators, NEL.
    private static readonly string[] HostileCharacters = ["\uD800", "\uDC00", "\uFEFF", "\u2028", "\u2029", "\u0085", "\0", "\t", "\r", "\u200B", "\uFFFE", "\uFFFF"];

    public static (string Text, string Detail) Truncate(string text, Random random)
    {
        var at = random.Next(text.Length);
        return (text.Substring(0, at), $"cut at char {at} of {text.Length}");
    }

    /// <summary>Inserts bytes into the UTF-8 file, then decodes it as the compiler does (strict UTF-8, else Latin-1).</summary>
    public static (string Text, string Detail) InsertBytes(string text, Random random)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
        var inserts = random.Next(1, 6);
        var detail = new StringBuilder();
        for (var i = 0; i < inserts; i++)
        {
            var chosen = HostileBytes[random.Next(HostileBytes.Length)];
            var at = random.Next(bytes.Count + 1);
            bytes.InsertRange(at, chosen);
            detail.Append($"{Convert.ToHexString(chosen)}@{at} ");
        }

        return (Decode(bytes.ToArray()), "bytes " + detail.ToString().TrimEnd());
    }

    public static (string Text, string Detail) InsertCharacters(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var inserts = random.Next(1, 6);
        var detail = new StringBuilder();
        for (var i = 0; i < inserts; i++)
        {
            var chosen = HostileCharacters[random.Next(HostileCharacters.Length)];
            var at = random.Next(builder.Length + 1);
            builder.Insert(at, chosen);
            detail.Append($"U+{(int)chosen[0]:X4}@{at} ");
        }

        return (builder.ToString(), "chars " + detail.ToString().TrimEnd());
    }

    /// <summary>Moves a line, or the block under it, left or right, or swaps its leading spaces for a tab.</summary>
    public static (string Text, string Detail) Reindent(string text, Random random)
    {
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim().Length > 0).ToList();
        if (candidates.Count == 0)
        {
            return (text, "no line to reindent");
        }

        var line = candidates[random.Next(candidates.Count)];
        var end = random.Next(2) == 0 ? line + 1 : BlockEnd(lines, line);
        var shift = random.Next(5) switch { 0 => -1, 1 => -2, 2 => 1, 3 => 2, _ => 0 };
        for (var i = line; i < end; i++)
        {
            var indent = Indent(lines[i]);
            lines[i] = shift == 0
                ? "\t" + lines[i].Substring(Math.Min(indent, 2))
                : shift < 0 ? lines[i].Substring(Math.Min(indent, -shift)) : new string(' ', shift) + lines[i];
        }

        return (string.Join('\n', lines), $"lines {line + 1}-{end} by {(shift == 0 ? "tab" : shift.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
    }

    /// <summary>Writes a key (and the block under it) twice in the same mapping: YAML forbids it, JSON leaves it open.</summary>
    public static (string Text, string Detail) DuplicateKey(string text, Random random)
    {
        var lines = text.Split('\n');
        var keys = Enumerable.Range(0, lines.Length).Where(i => IsKeyLine(lines[i])).ToList();
        if (keys.Count == 0)
        {
            return (text, "no key line");
        }

        var line = keys[random.Next(keys.Count)];
        var end = lines[line].TrimEnd().EndsWith(',') ? line + 1 : BlockEnd(lines, line);
        var block = lines.Skip(line).Take(end - line).ToList();
        var result = lines.Take(end).Concat(block).Concat(lines.Skip(end));
        return (string.Join('\n', result), $"lines {line + 1}-{end} written twice ({lines[line].Trim()})");
    }

    /// <summary>The compiler reads a file as UTF-8 when it is valid UTF-8, and with a single-byte code page otherwise.</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static bool IsKeyLine(string line)
    {
        var trimmed = line.TrimStart(' ', '-');
        var colon = trimmed.IndexOf(':');
        return colon > 0 && !trimmed.StartsWith('#') && !trimmed.StartsWith('{') && !trimmed.StartsWith('[');
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    // The first line after `line` that is not more indented than it (blank lines belong to the block).
    private static int BlockEnd(string[] lines, int line)
    {
        var indent = Indent(lines[line]);
        var end = line + 1;
        while (end < lines.Length && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
        {
            end++;
        }

        return end;
    }
}
