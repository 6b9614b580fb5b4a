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
    // Larger bodies (uploads of base64 files, say) are rare: their buffers are left to the GC rather than kept per thread.
    private const int MaxPooledBuffer = 64 * 1024;

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Serializes a value to UTF-8 JSON with the given writer.</summary>
    /// <typeparam name="T">The type written.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes it.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] ToUtf8<T>(T value, JsonValueWriter<T> write)
    {
        // A buffer and a writer per thread, used again for the next body (as System.Text.Json pools its own), so that
        // a request body costs one array: the bytes sent. Taken out while in use, so a nested call gets its own.
        var buffer = t_buffer ?? new System.Buffers.ArrayBufferWriter<byte>(1024);
        var writer = t_writer ?? new Utf8JsonWriter(buffer);
        t_buffer = null;
        t_writer = null;
        try
        {
            writer.Reset(buffer);
            write(writer, value);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // Clear, not just rewind: a body may hold card or bank numbers, which must not stay in memory for the next.
            buffer.Clear();
            if (buffer.Capacity <= MaxPooledBuffer)
            {
                t_buffer = buffer;
                t_writer = writer;
            }
        }
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
