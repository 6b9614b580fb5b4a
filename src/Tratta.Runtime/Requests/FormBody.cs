using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Tratta.Runtime.Requests;

/// <summary>
/// An <c>application/x-www-form-urlencoded</c> body, from the JSON of the body object. Lists repeat their key
/// (<c>tags=a&amp;tags=b</c>) and nested objects use brackets (<c>card[number]=4242</c>, <c>items[0][price]=5</c>) unless
/// the spec's <c>encoding</c> says otherwise. Names and values are percent-encoded as RFC 3986 escapes a URI component
/// (a space is <c>%20</c>, a bracket <c>%5B</c>): every form decoder reads that, and no reserved character (<c>+</c>
/// included, which some servers take for a plus and others for a space) is left for a server to read its own way.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FormBody
{
    /// <summary>The body's content.</summary>
    /// <param name="utf8Json">The JSON of the body: an object.</param>
    /// <param name="encodings">The spec's <c>encoding</c>, by property name; null when it has none.</param>
    /// <returns>The content, with <c>Content-Type: application/x-www-form-urlencoded</c>.</returns>
    public static HttpContent Create(byte[] utf8Json, IReadOnlyDictionary<string, FormEncoding>? encodings = null)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(Encode(utf8Json, encodings)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>The body's text.</summary>
    /// <param name="utf8Json">The JSON of the body: an object.</param>
    /// <param name="encodings">The spec's <c>encoding</c>, by property name; null when it has none.</param>
    /// <returns>For example <c>name=Jane%20Doe&amp;card%5Bnumber%5D=4242</c>.</returns>
    /// <exception cref="ArgumentException">The JSON is not an object: a form is a list of named fields.</exception>
    public static string Encode(byte[] utf8Json, IReadOnlyDictionary<string, FormEncoding>? encodings = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var document = JsonDocument.Parse(utf8Json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A form body must be an object: its properties are the form's fields.", nameof(utf8Json));
        }

        var fields = document.RootElement.EnumerateObject().SelectMany(property =>
            Fields(property.Name, property.Value, encodings is not null && encodings.TryGetValue(property.Name, out var encoding) ? encoding : null));
        return string.Join("&", fields.Select(field => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(field.Value)));
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(string name, JsonElement value, FormEncoding? encoding)
    {
        if (encoding is { IsJson: true })
        {
            return new[] { Field(name, value.GetRawText()) };
        }

        if (ParameterValue.TextOf(value) is { } text)
        {
            return new[] { Field(name, text) };
        }

        var style = encoding?.Style;
        if (value.ValueKind == JsonValueKind.Array)
        {
            var items = value.EnumerateArray().Select(ParameterValue.TextOf).ToList();
            if (style == ParameterStyle.DeepObject || items.Any(item => item is null))
            {
                return Brackets.Flatten(name, value);
            }

            return encoding is null || encoding.Explode
                ? items.Select(item => Field(name, item!))
                : new[] { Field(name, string.Join(Delimiter(style), items)) };
        }

        // An object: brackets unless the spec asks for the form style, which flattens its properties.
        if (style != ParameterStyle.Form)
        {
            return Brackets.Flatten(name, value);
        }

        var properties = value.EnumerateObject().Select(property => Field(property.Name, ParameterValue.TextOf(property.Value) ?? property.Value.GetRawText()));
        return encoding!.Explode
            ? properties
            : new[] { Field(name, string.Join(",", properties.SelectMany(pair => new[] { pair.Key, pair.Value }))) };
    }

    private static string Delimiter(ParameterStyle? style) => style switch
    {
        ParameterStyle.SpaceDelimited => " ",
        ParameterStyle.PipeDelimited => "|",
        _ => ",",
    };

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);
}
