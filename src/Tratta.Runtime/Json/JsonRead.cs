using System;
using System.Buffers;
using System.ComponentModel;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tratta.Runtime.Json;

/// <summary>Reads a JSON value: the reader stands on the value's first token and is left on its last.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonValueReader<out T>(ref Utf8JsonReader reader);

/// <summary>
/// Tolerant readers for the values generated types hold: each accepts every form a server is known to send
/// (numbers as strings, booleans as 0/1, the documented date layouts). Messages name the property, never the value,
/// so that card or bank data cannot reach a log through an exception.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonRead
{
    private static readonly string[] DateLayouts = { "yyyy-MM-dd", "MM/dd/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF" };

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Reads a whole JSON document with the given reader, which must consume exactly one value.</summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <param name="read">Reads the value.</param>
    /// <returns>The value.</returns>
    public static T Document<T>(ReadOnlySpan<byte> json, JsonValueReader<T> read)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            throw new JsonException("The response body is empty.");
        }

        var value = read(ref reader);
        if (reader.Read())
        {
            throw new JsonException("The response body has content after its JSON value.");
        }

        return value;
    }

    /// <summary>
    /// Reads the value inside an envelope such as <c>{"data": ...}</c>; a body that is not wrapped is read as the
    /// value itself, so that a server answering without the envelope is still understood.
    /// </summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <param name="envelope">The wrapping property, e.g. <c>data</c>.</param>
    /// <param name="read">Reads the value.</param>
    /// <returns>The value.</returns>
    public static T Enveloped<T>(ReadOnlySpan<byte> json, string envelope, JsonValueReader<T> read)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            throw new JsonException("The response body is empty.");
        }

        if (reader.TokenType == JsonTokenType.StartObject && HasProperty(reader, envelope))
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(envelope))
                {
                    reader.Read();
                    return read(ref reader);
                }

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    SkipProperty(ref reader);
                }
            }
        }

        return read(ref reader);
    }

    /// <summary>Whether the object the reader stands on has a property of that name, whatever its value (the reader is a copy).</summary>
    /// <param name="reader">A copy of the reader, on the start of an object.</param>
    /// <param name="name">The property name.</param>
    /// <returns>Whether the object has it.</returns>
    public static bool HasProperty(Utf8JsonReader reader, string name) => Find(reader, name, allowNull: true);

    /// <summary>
    /// Whether the object the reader stands on has a property of that name that is not null (the reader is a copy):
    /// a union case is told apart by a value, and <c>"reference_number": null</c> is none.
    /// </summary>
    /// <param name="reader">A copy of the reader, on the start of an object.</param>
    /// <param name="name">The property name.</param>
    /// <returns>Whether the object has it, not null.</returns>
    public static bool HasValue(Utf8JsonReader reader, string name) => Find(reader, name, allowNull: false);

    private static bool Find(Utf8JsonReader reader, string name, bool allowNull)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals(name);
            reader.Read();
            if (isName && (allowNull || reader.TokenType != JsonTokenType.Null))
            {
                return true;
            }

            Skip(ref reader);
        }

        return false;
    }

    /// <summary>Checks that the reader stands on the start of an object.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The type being read, for the error message.</param>
    public static void StartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {reader.TokenType}.");
        }
    }

    /// <summary>The error for a required property the object lacks.</summary>
    /// <param name="typeName">The type being read.</param>
    /// <param name="property">The missing property.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException Missing(string typeName, string property) =>
        new($"The JSON object for {typeName} lacks the required property '{property}'.");

    /// <summary>The error for a null the spec does not allow.</summary>
    /// <param name="property">The property.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException NullNotAllowed(string property) =>
        new($"The property '{property}' is null, which the spec does not allow.");

    /// <summary>A string; a number or boolean is read as its text.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The text.</returns>
    public static string String(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => RawText(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw Unexpected(ref reader, property, "a string"),
    };

    /// <summary>A 32-bit whole number, also when sent as a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The number.</returns>
    public static int Int32(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number
        : int.TryParse(NumberText(ref reader, property), NumberStyles.Integer, Invariant, out var parsed) ? parsed
        : throw Unexpected(ref reader, property, "a whole number");

    /// <summary>A 64-bit whole number, also when sent as a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The number.</returns>
    public static long Int64(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) ? number
        : long.TryParse(NumberText(ref reader, property), NumberStyles.Integer, Invariant, out var parsed) ? parsed
        : throw Unexpected(ref reader, property, "a whole number");

    /// <summary>A decimal number, also when sent as a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The number.</returns>
    public static decimal Decimal(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? number
        : decimal.TryParse(NumberText(ref reader, property), NumberStyles.Float, Invariant, out var parsed) ? parsed
        : throw Unexpected(ref reader, property, "a number");

    /// <summary>A floating-point number, also when sent as a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The number.</returns>
    public static double Double(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) ? number
        : double.TryParse(NumberText(ref reader, property), NumberStyles.Float, Invariant, out var parsed) ? parsed
        : throw Unexpected(ref reader, property, "a number");

    /// <summary>A boolean; also 0/1 and "true"/"false" as numbers or strings.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The value.</returns>
    public static bool Boolean(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number or JsonTokenType.String => RawText(ref reader) switch
        {
            "1" or "true" or "True" => true,
            "0" or "false" or "False" => false,
            _ => throw Unexpected(ref reader, property, "true or false"),
        },
        _ => throw Unexpected(ref reader, property, "true or false"),
    };

    /// <summary>An unsigned 64-bit whole number, also when sent as a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The number.</returns>
    public static ulong UInt64(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number) ? number
        : ulong.TryParse(NumberText(ref reader, property), NumberStyles.Integer, Invariant, out var parsed) ? parsed
        : throw Unexpected(ref reader, property, "a whole number of zero or more");

    /// <summary>A UUID as a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The UUID.</returns>
    public static Guid Guid(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value
        : System.Guid.TryParse(String(ref reader, property), out var parsed) ? parsed
        : throw Unexpected(ref reader, property, "a UUID");

    /// <summary>Bytes sent as a base64 string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Bytes(ref Utf8JsonReader reader, string property) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetBytesFromBase64(out var bytes) ? bytes
        : throw Unexpected(ref reader, property, "base64 text");

    /// <summary>A file sent inside JSON, as a base64 string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The file, its content in memory.</returns>
    public static FileContent File(ref Utf8JsonReader reader, string property) => new(new System.IO.MemoryStream(Bytes(ref reader, property)), property);

    /// <summary>
    /// The value of a property of the object the reader stands on (the reader is a copy), as text: a string's value,
    /// a number's or boolean's text; null when the object does not have it or it is another kind of value. Reads the
    /// discriminator of a union before the value is read as its case.
    /// </summary>
    /// <param name="reader">A copy of the reader, on the start of an object.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The text, or null.</returns>
    public static string? PropertyText(Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals(name);
            reader.Read();
            if (isName)
            {
                return reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False ? RawText(ref reader) : null;
            }

            Skip(ref reader);
        }

        return null;
    }

    /// <summary>
    /// Which of a union's object cases the object the reader stands on is (the reader is a copy): the first case whose
    /// required properties are all present and not null; among several, the one that declares most of the object's
    /// properties. -1 when none fits.
    /// </summary>
    /// <param name="reader">A copy of the reader, on the start of an object.</param>
    /// <param name="names">The property names the cases know (at most 64).</param>
    /// <param name="required">Per case: a bit per name it requires.</param>
    /// <param name="known">Per case: a bit per name it declares.</param>
    /// <param name="values">
    /// Per case, per name: the one value the case allows there (<c>"object": "card"</c>), as JSON text, or null; a case
    /// fits only an object that has each of its values. Null when no case fixes a value.
    /// </param>
    /// <returns>The index of the case, or -1.</returns>
    public static int MatchObject(Utf8JsonReader reader, string[] names, ulong[] required, ulong[] known, string?[][]? values = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(known);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return -1;
        }

        ulong present = 0;
        var seen = values is null ? null : new string?[names.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = -1;
            for (var i = 0; i < names.Length && i < 64; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    index = i;
                    break;
                }
            }

            reader.Read();
            if (index >= 0 && reader.TokenType != JsonTokenType.Null)
            {
                present |= 1UL << index;
                if (seen is not null)
                {
                    seen[index] = ScalarText(ref reader);
                }
            }

            Skip(ref reader);
        }

        var best = -1;
        var bestScore = -1;
        for (var i = 0; i < required.Length; i++)
        {
            if ((present & required[i]) != required[i] || values is not null && !HasValues(values[i], seen!))
            {
                continue;
            }

            var score = System.Numerics.BitOperations.PopCount(present & known[i]);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// A date in the spec's declared layout when it has one (read first, so that <c>dd/MM/yyyy</c> is not taken for
    /// <c>MM/dd/yyyy</c>), else in ISO form (<c>2023-02-28</c>), US form (<c>02/28/2023</c>), or a date-time's date.
    /// </summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <param name="layout">The layout the spec declares, if any.</param>
    /// <returns>The date.</returns>
    public static DateOnly Date(ref Utf8JsonReader reader, string property, string? layout = null)
    {
        var text = String(ref reader, property);
        if (layout is not null && DateTime.TryParseExact(text, layout, Invariant, DateTimeStyles.None, out var declared))
        {
            return DateOnly.FromDateTime(declared);
        }

        if (DateTime.TryParseExact(text, DateLayouts, Invariant, DateTimeStyles.None, out var exact))
        {
            return DateOnly.FromDateTime(exact);
        }

        return System.DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.AssumeUniversal, out var iso)
            ? DateOnly.FromDateTime(iso.DateTime)
            : throw Unexpected(ref reader, property, "a date");
    }

    /// <summary>A date-time in ISO 8601; a value without an offset is taken as UTC.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The date and time.</returns>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader, string property)
    {
        var text = String(ref reader, property);
        return System.DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw Unexpected(ref reader, property, "a date and time");
    }

    /// <summary>A date-time without an offset, as in <c>2023-02-28 13:21:16</c> (the declared layout first); ISO forms too.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <param name="layout">The layout the spec declares, if any.</param>
    /// <returns>The date and time.</returns>
    public static DateTime LocalDateTime(ref Utf8JsonReader reader, string property, string? layout = null)
    {
        var text = String(ref reader, property);
        if (layout is not null && DateTime.TryParseExact(text, layout, Invariant, DateTimeStyles.None, out var declared))
        {
            return declared;
        }

        if (DateTime.TryParseExact(text, DateLayouts, Invariant, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        return DateTime.TryParse(text, Invariant, DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : throw Unexpected(ref reader, property, "a date and time");
    }

    /// <summary>Any JSON value, kept as it came.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <returns>The value.</returns>
    public static JsonElement Json(ref Utf8JsonReader reader, string property) =>
        JsonElement.ParseValue(ref reader);

    private static bool HasValues(string?[] expected, string?[] seen)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is { } value && !string.Equals(value, seen[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The text of a string, number or boolean as a spec lists it; null for anything else.
    private static string? ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };

    /// <summary>
    /// Reads a union case that the value's tag names; when the value does not fit the case (a required property
    /// missing, a wrong type), the reader is left where it was, so that the union keeps the value as it came.
    /// </summary>
    /// <typeparam name="T">The case type.</typeparam>
    /// <param name="reader">The reader, on the value; moved past it only when the case was read.</param>
    /// <param name="readCase">Reads the case.</param>
    /// <param name="value">The case, when it was read.</param>
    /// <returns>Whether the case was read.</returns>
    public static bool TryCase<T>(ref Utf8JsonReader reader, JsonValueReader<T> readCase, out T value)
    {
        var start = reader;
        try
        {
            value = readCase(ref reader);
            return true;
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            reader = start;
            value = default!;
            return false;
        }
    }

    /// <summary>A JSON array; a single item where a list is expected is read as a list of one.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <returns>The items.</returns>
    public static IReadOnlyList<T> List<T>(ref Utf8JsonReader reader, string property, JsonValueReader<T> readItem)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            // A server (or a spec's example) that sends one item where the spec says a list: a list of that one item.
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw Unexpected(ref reader, property, "a list");
            }

            var single = reader;
            try
            {
                return new[] { readItem(ref reader) };
            }
            catch (JsonException)
            {
                throw Unexpected(ref single, property, "a list");
            }
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(readItem(ref reader));
        }

        return items;
    }

    /// <summary>
    /// A string-keyed map, written as an object; when <paramref name="entryKey"/> is given it may also arrive as a
    /// list of entry objects such as <c>[{"attribute": "k", "value": "v"}]</c>. A key whose value is null is left out
    /// in both forms: the map holds values only.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="property">The property name for error messages.</param>
    /// <param name="readValue">Reads one value.</param>
    /// <param name="entryKey">The key property of the entry-list form, if it is accepted.</param>
    /// <param name="entryValue">The value property of the entry-list form, if it is accepted.</param>
    /// <returns>The map.</returns>
    public static IReadOnlyDictionary<string, T> Map<T>(ref Utf8JsonReader reader, string property, JsonValueReader<T> readValue, string? entryKey = null, string? entryValue = null)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    map[key] = readValue(ref reader);
                }
            }

            return map;
        }

        if (reader.TokenType == JsonTokenType.StartArray && entryKey is not null && entryValue is not null)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Skip(ref reader);
                    continue;
                }

                string? key = null;
                var value = default(T);
                var hasValue = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals(entryKey))
                    {
                        reader.Read();
                        key = reader.TokenType == JsonTokenType.Null ? null : String(ref reader, property);
                    }
                    else if (reader.ValueTextEquals(entryValue))
                    {
                        reader.Read();
                        hasValue = reader.TokenType != JsonTokenType.Null;
                        value = hasValue ? readValue(ref reader) : default;
                    }
                    else
                    {
                        SkipProperty(ref reader);
                    }
                }

                if (key is not null && hasValue)
                {
                    map[key] = value!;
                }
            }

            return map;
        }

        throw Unexpected(ref reader, property, entryKey is null ? "an object" : "an object or a list of entries");
    }

    /// <summary>Skips the value of the property whose name the reader stands on.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    public static void SkipProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        Skip(ref reader);
    }

    /// <summary>
    /// Whether reading JSON failed because of what was read, not because of a bug: a body that breaks the spec's JSON
    /// (JsonException), invalid UTF-8 inside a string (InvalidOperationException from GetString), a number or date
    /// out of range (FormatException, OverflowException).
    /// </summary>
    /// <param name="exception">The exception caught while reading.</param>
    /// <returns>Whether it says the JSON is not what the spec describes.</returns>
    public static bool IsUnreadable(Exception exception) =>
        exception is JsonException or InvalidOperationException or FormatException or OverflowException;

    /// <summary>
    /// Skips the value the reader stands on. <c>TrySkip</c>, not <c>Skip</c>: inside a converter that reads from a
    /// stream the reader is not final, and <c>Skip</c> throws there even when the whole value is buffered.
    /// </summary>
    /// <param name="reader">The reader, on the value.</param>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("The JSON value ends before it is complete.");
        }
    }

    private static string NumberText(ref Utf8JsonReader reader, string property) =>
        reader.TokenType is JsonTokenType.Number or JsonTokenType.String
            ? RawText(ref reader).Trim()
            : throw Unexpected(ref reader, property, "a number");

    private static string RawText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());

    private static JsonException Unexpected(ref Utf8JsonReader reader, string property, string expected) =>
        new($"The property '{property}' should be {expected} but is a JSON {reader.TokenType} that cannot be read as one.");
}
