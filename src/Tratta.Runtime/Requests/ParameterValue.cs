using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Tratta.Runtime.Requests;

/// <summary>
/// A parameter's value as the styles see it: a single text, a list of texts, or an object (from its JSON, so that
/// property names are the wire names and nested values keep their shape).
/// </summary>
public readonly struct ParameterValue
{
    private ParameterValue(string? text, IReadOnlyList<string>? items, JsonElement? json)
    {
        Text = text;
        Items = items;
        Json = json;
    }

    /// <summary>The text of a single value; null for a list or an object.</summary>
    public string? Text { get; }

    /// <summary>The texts of a list of single values; null otherwise.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>An object, or a list that holds objects or lists; null otherwise.</summary>
    public JsonElement? Json { get; }

    /// <summary>A single value.</summary>
    /// <param name="text">Its text.</param>
    /// <returns>The value.</returns>
    public static ParameterValue Of(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null, null);

    /// <summary>A list of single values.</summary>
    /// <param name="items">Their texts.</param>
    /// <returns>The value.</returns>
    public static ParameterValue List(IEnumerable<string> items) => new(null, (items ?? throw new ArgumentNullException(nameof(items))).ToList(), null);

    /// <summary>Any value, from its JSON: a string, number or boolean is a single value, a list of them a list.</summary>
    /// <param name="utf8Json">The value's JSON.</param>
    /// <returns>The value.</returns>
    public static ParameterValue FromJson(byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return FromJson(document.RootElement.Clone());
    }

    /// <summary>Any value, from its JSON: a string, number or boolean is a single value, a list of them a list.</summary>
    /// <param name="element">The value's JSON.</param>
    /// <returns>The value.</returns>
    public static ParameterValue FromJson(JsonElement element)
    {
        if (TextOf(element) is { } text)
        {
            return Of(text);
        }

        if (element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(item => TextOf(item) is not null))
        {
            return new ParameterValue(null, element.EnumerateArray().Select(item => TextOf(item)!).ToList(), null);
        }

        return new ParameterValue(null, null, element);
    }

    /// <summary>The text of a JSON string, number, boolean or null (empty); null for an object or array.</summary>
    internal static string? TextOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => null,
    };

    /// <summary>An object's properties as name and text (nested values as their JSON); a list's items as texts.</summary>
    internal IEnumerable<KeyValuePair<string, string>> Pairs()
    {
        if (Json is { ValueKind: JsonValueKind.Object } json)
        {
            foreach (var property in json.EnumerateObject())
            {
                yield return new KeyValuePair<string, string>(property.Name, TextOf(property.Value) ?? property.Value.GetRawText());
            }
        }
    }

    /// <summary>The items of a list, nested values as their JSON.</summary>
    internal IReadOnlyList<string> ListItems() =>
        Items ?? (Json is { ValueKind: JsonValueKind.Array } json
            ? json.EnumerateArray().Select(item => TextOf(item) ?? item.GetRawText()).ToList()
            : Array.Empty<string>());

    internal bool IsObject => Json is { ValueKind: JsonValueKind.Object };

    internal bool IsList => Items is not null || Json is { ValueKind: JsonValueKind.Array };
}
