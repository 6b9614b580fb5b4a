using System;
using System.ComponentModel;
using System.Text.Json;

namespace Tratta.Runtime.Json;

/// <summary>
/// One call per property of a generated converter: moving to the next property, matching its name, stepping onto its
/// value, and writing a property unless its value is null. Generated converters are most of a large client's code, and
/// the compiler resolves <see cref="Utf8JsonWriter"/>'s and <see cref="Utf8JsonReader"/>'s overloaded methods (string,
/// span, <see cref="JsonEncodedText"/>, dates…) at every call: these have one signature each, so a client of a
/// thousand types builds faster, and its converters read one line per property.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonProperties
{
    /// <summary>Moves to the next property name of the object being read.</summary>
    /// <param name="reader">The reader, inside an object.</param>
    /// <returns>Whether it stands on a property name; false at the end of the object.</returns>
    public static bool Next(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Whether the property name the reader stands on is <paramref name="name"/> (escapes decoded).</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="name">The name, as UTF-8.</param>
    /// <returns>Whether it matches.</returns>
    public static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name) => reader.ValueTextEquals(name);

    /// <summary>Steps from a property name onto its value.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <returns>Whether there is a value to read: false when it is JSON null.</returns>
    public static bool HasValue(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType != JsonTokenType.Null;

    /// <summary>Writes a string property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void String(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a whole-number property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Int32(Utf8JsonWriter writer, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a 64-bit whole-number property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Int64(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes an unsigned 64-bit property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void UInt64(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ulong? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a decimal-number property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Decimal(Utf8JsonWriter writer, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a floating-point property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Double(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a boolean property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Boolean(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>Writes a UUID property, or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void Guid(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Guid? value)
    {
        if (value is { } id)
        {
            writer.WriteString(name, id);
        }
    }

    /// <summary>Writes a date-time property (ISO 8601 with its offset), or nothing when it is null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property name, as UTF-8.</param>
    /// <param name="value">The value.</param>
    public static void DateTimeOffset(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            writer.WriteString(name, instant);
        }
    }
}
