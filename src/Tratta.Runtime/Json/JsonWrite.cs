using System;
using System.ComponentModel;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Tratta.Runtime.Json;

/// <summary>Writes a JSON value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void JsonValueWriter<in T>(Utf8JsonWriter writer, T value);

/// <summary>Writers for the values generated types hold, in the forms the spec documents.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWrite
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Serializes a value to UTF-8 JSON with the given writer.</summary>
    /// <typeparam name="T">The type written.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes it.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] ToUtf8<T>(T value, JsonValueWriter<T> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A date as a string in the given layout.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">The layout, e.g. <c>yyyy-MM-dd</c>.</param>
    public static void Date(Utf8JsonWriter writer, DateOnly value, string format) =>
        writer.WriteStringValue(value.ToString(format, Invariant));

    /// <summary>A date and time without offset, as a string in the given layout.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="format">The layout.</param>
    public static void LocalDateTime(Utf8JsonWriter writer, DateTime value, string format) =>
        writer.WriteStringValue(value.ToString(format, Invariant));

    /// <summary>A number written as a JSON string (<c>format: decimal</c> on a string).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DecimalString(Utf8JsonWriter writer, decimal value) =>
        writer.WriteStringValue(value.ToString(Invariant));

    /// <summary>A JSON array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="items">The items.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void List<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, JsonValueWriter<T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>A JSON object of a map's entries.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The map.</param>
    /// <param name="writeValue">Writes one value.</param>
    public static void Map<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> map, JsonValueWriter<T> writeValue)
    {
        writer.WriteStartObject();
        foreach (var entry in map)
        {
            writer.WritePropertyName(entry.Key);
            writeValue(writer, entry.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>A file inside JSON, as a base64 string of its whole content.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="file">The file; its stream is read from where it stands.</param>
    public static void File(Utf8JsonWriter writer, FileContent file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new System.IO.MemoryStream();
        file.Content.CopyTo(buffer);
        writer.WriteBase64StringValue(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
