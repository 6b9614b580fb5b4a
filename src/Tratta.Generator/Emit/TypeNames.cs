using Tratta.Generator.Model;

namespace Tratta.Generator.Emit;

/// <summary>The C# spelling of a <see cref="TypeRef"/>, fully qualified with <c>global::</c>.</summary>
internal static class TypeNames
{
    public static string Of(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.UInt64 => "ulong",
        TypeKind.Guid => "global::System.Guid",
        TypeKind.Bytes => "byte[]",
        TypeKind.File => "global::Tratta.Runtime.FileContent",
        TypeKind.Decimal or TypeKind.DecimalString => "decimal",
        TypeKind.Double => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Date => "global::System.DateOnly",
        TypeKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeKind.LocalDateTime => "global::System.DateTime",
        TypeKind.Named or TypeKind.Enum => $"global::{ns}.{type.Name}",
        TypeKind.List => $"global::System.Collections.Generic.IReadOnlyList<{Of(type.Element!, ns)}>",
        TypeKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {Of(type.Element!, ns)}>",
        _ => "global::System.Text.Json.JsonElement",
    };

    /// <summary>The property type: nullable unless the value is required (or starts with its one value) and never null.</summary>
    public static string OfProperty(PropertyModel property, string ns) =>
        Of(property.Type, ns) + (IsNonNull(property) ? "" : "?");

    /// <summary>Whether the property always holds a value: required, or set to its one value, and never null.</summary>
    public static bool IsNonNull(PropertyModel property) => (property.IsRequired || property.Constant is not null) && !property.IsNullable && !property.IsTriState;
}
