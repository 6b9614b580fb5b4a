using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>
/// Which C# type a primitive schema's <c>type</c> and <c>format</c> (or <c>contentEncoding</c>) give. A format the
/// generator does not know is read as its base type, with a warning (TRATTA006) saying so.
/// </summary>
internal static class FormatMapper
{
    // Formats that change nothing in C# (the value stays a string, a long or a decimal), known so that they warn of nothing.
    private static readonly Dictionary<string, string[]> PlainFormats = new()
    {
        ["string"] = new[] { "email", "idn-email", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "url", "hostname", "idn-hostname", "ipv4", "ipv6", "password", "time", "duration", "regex", "json-pointer", "relative-json-pointer", "html", "markdown", "phone", "byte-string" },
        ["integer"] = new[] { "int32", "int64", "int8", "int16", "uint8", "uint16", "uint32", "uint64", "unixtime", "unix-time", "timestamp" },
        ["number"] = new[] { "float", "double", "decimal", "int32", "int64", "unixtime" },
        ["boolean"] = new string[0],
    };

    /// <summary>The type of a primitive; <paramref name="unknownFormat"/> is the format that was not understood, if any.</summary>
    public static TypeRef Map(string type, SpecSchema schema, out string? unknownFormat)
    {
        unknownFormat = null;
        var format = schema.Format;
        switch (type)
        {
            case "string":
                if (schema.Extensions.DateFormat is { } dateFormat)
                {
                    var hasTime = dateFormat.IndexOfAny(new[] { 'H', 'h', 'm', 's' }) >= 0;
                    return new TypeRef(hasTime ? TypeKind.LocalDateTime : TypeKind.Date, DateFormat: dateFormat);
                }

                switch (schema.ContentEncoding ?? format)
                {
                    case "date":
                        return new TypeRef(TypeKind.Date);
                    case "date-time":
                        return new TypeRef(TypeKind.DateTimeOffset);
                    case "decimal":
                        return new TypeRef(TypeKind.DecimalString);
                    case "uuid":
                        return new TypeRef(TypeKind.Guid);
                    case "byte" or "base64":
                        return new TypeRef(TypeKind.Bytes);
                    case "binary":
                        return new TypeRef(TypeKind.File);
                }

                break;
            case "integer":
                switch (format)
                {
                    case null or "int32" or "int8" or "int16" or "uint8" or "uint16":
                        return new TypeRef(TypeKind.Int32);
                    case "uint64":
                        return new TypeRef(TypeKind.UInt64);
                    case "int64" or "uint32" or "unixtime" or "unix-time" or "timestamp":
                        return new TypeRef(TypeKind.Int64);
                }

                // An integer of a format not known here may be large: a long holds it.
                unknownFormat = format;
                return new TypeRef(TypeKind.Int64);
            case "number":
                if (format is not null && !PlainFormats["number"].Contains(format))
                {
                    unknownFormat = format;
                }

                return format is "float" or "double" ? new TypeRef(TypeKind.Double) : new TypeRef(TypeKind.Decimal);
            case "boolean":
                unknownFormat = format;
                return new TypeRef(TypeKind.Boolean);
        }

        // A string of a format with no C# type of its own (email, uri…) stays a string; an unknown one too, with a warning.
        if (format is not null && !IsKnownStringFormat(format))
        {
            unknownFormat = format;
        }

        return TypeRef.String;
    }

    /// <summary>The formats of a type that change its C# type, for the message of an unknown one (the full list is in docs/spec-format.md).</summary>
    public static string Known(string type) => type switch
    {
        "string" => "date, date-time, decimal, uuid, byte, binary (email, uri and the like stay strings)",
        "integer" => "int32, int64, uint64, unix-time",
        "number" => "float, double, decimal",
        _ => "(none)",
    };

    private static bool IsKnownStringFormat(string format) =>
        format is "date" or "date-time" or "decimal" or "uuid" or "byte" or "binary" || PlainFormats["string"].Contains(format);
}
