using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Tratta.Sandbox.Http;

/// <summary>
/// Turns a form-encoded body with PHP's bracket keys (<c>card[card_number]=...</c>, <c>metadata[key]=...</c>) into the
/// JSON object Laravel would see, so one set of rules serves both. Every value stays a string; the rules accept
/// strings for numbers and booleans as Laravel does. Keys it cannot place (<c>a[]</c>, unbalanced brackets) are
/// skipped.
/// </summary>
internal static class FormBody
{
    public static JsonDocument ToJson(IFormCollection form)
    {
        var root = new Dictionary<string, object>(System.StringComparer.Ordinal);
        foreach (var (key, values) in form)
        {
            if (SplitKey(key) is { } path)
            {
                Place(root, path, values.Count > 0 ? values[^1] ?? string.Empty : string.Empty);
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, root);
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }

    // "card[card_number]" → ["card", "card_number"].
    private static List<string>? SplitKey(string key)
    {
        var open = key.IndexOf('[');
        if (open < 0)
        {
            return key.Length > 0 ? [key] : null;
        }

        var path = new List<string> { key[..open] };
        var rest = key[open..];
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']');
            if (rest[0] != '[' || close <= 1)
            {
                return null;
            }

            path.Add(rest[1..close]);
            rest = rest[(close + 1)..];
        }

        return path[0].Length > 0 ? path : null;
    }

    private static void Place(Dictionary<string, object> root, List<string> path, string value)
    {
        var node = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (!node.TryGetValue(path[i], out var child) || child is not Dictionary<string, object> childObject)
            {
                childObject = new Dictionary<string, object>(System.StringComparer.Ordinal);
                node[path[i]] = childObject;
            }

            node = childObject;
        }

        node[path[^1]] = value;
    }

    private static void Write(Utf8JsonWriter writer, Dictionary<string, object> node)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in node)
        {
            if (value is Dictionary<string, object> child)
            {
                writer.WritePropertyName(key);
                Write(writer, child);
            }
            else
            {
                writer.WriteString(key, (string)value);
            }
        }

        writer.WriteEndObject();
    }
}
