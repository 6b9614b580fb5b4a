namespace Tratta.Generator.Model;

/// <summary>What kind of C# type a schema becomes.</summary>
internal enum TypeKind
{
    String,
    Int32,
    Int64,
    UInt64,
    Decimal,
    Double,
    Boolean,

    /// <summary><c>System.DateOnly</c>: <c>format: date</c>, or a date-only <c>x-tratta-date-format</c>.</summary>
    Date,

    /// <summary><c>System.DateTimeOffset</c>: <c>format: date-time</c>.</summary>
    DateTimeOffset,

    /// <summary><c>System.DateTime</c> without an offset: an <c>x-tratta-date-format</c> with a time part.</summary>
    LocalDateTime,

    /// <summary>A number written as a JSON string (<c>format: decimal</c> on a string).</summary>
    DecimalString,

    /// <summary><c>System.Guid</c>: <c>format: uuid</c>.</summary>
    Guid,

    /// <summary><c>byte[]</c> sent as base64: <c>format: byte</c>, <c>contentEncoding: base64</c>.</summary>
    Bytes,

    /// <summary>A file (<c>Tratta.Runtime.FileContent</c>): <c>format: binary</c>, <c>contentEncoding: binary</c>.</summary>
    File,

    /// <summary>A generated record or union.</summary>
    Named,

    /// <summary>A generated enum (a struct).</summary>
    Enum,

    List,

    /// <summary>A string-keyed map (<c>additionalProperties</c>).</summary>
    Map,

    /// <summary>Free-form JSON: an object schema without properties, or no type at all.</summary>
    Json,
}

/// <summary>A C# type as the emitters need it: kind, the generated type's name, the element type of collections.</summary>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Element = null, string? DateFormat = null, EntryListModel? EntryList = null)
{
    public static readonly TypeRef String = new(TypeKind.String);
    public static readonly TypeRef Json = new(TypeKind.Json);

    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Decimal or TypeKind.Double or TypeKind.Boolean
        or TypeKind.Date or TypeKind.DateTimeOffset or TypeKind.LocalDateTime or TypeKind.DecimalString or TypeKind.Guid or TypeKind.Json or TypeKind.Enum;

    /// <summary>Whether the type is one the generator writes (record, union or enum).</summary>
    public bool IsGenerated => Kind is TypeKind.Named or TypeKind.Enum;

    /// <summary>Whether the C# type is an interface (a list or a map), which cannot have a conversion operator.</summary>
    public bool IsInterface => Kind is TypeKind.List or TypeKind.Map;
}

/// <summary>A map that may also arrive as a list of objects with a key and a value property.</summary>
internal sealed record EntryListModel(string KeyProperty, string ValueProperty);
