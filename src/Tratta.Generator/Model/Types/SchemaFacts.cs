using System.Collections.Generic;
using System.Linq;
using Tratta.Generator.Spec;

namespace Tratta.Generator.Model.Types;

/// <summary>What a schema says about itself, read the same way everywhere the model needs it.</summary>
internal static class SchemaFacts
{
    private static readonly string[] AnnotationKeywords =
    {
        "description", "title", "nullable", "readOnly", "writeOnly", "deprecated", "default", "example", "examples", "externalDocs", "$comment",
    };

    /// <summary><c>{type: "null"}</c>, <c>{const: null}</c> or <c>{enum: [null]}</c>: the null case of a union.</summary>
    public static bool IsNull(SpecSchema schema) =>
        schema.Ref is null && ((schema.Types.Count == 1 && schema.Types[0] == "null") || (schema.Enum.Count == 1 && schema.Enum[0] == "null" && schema.Types.IsEmpty));

    /// <summary>Whether the schema itself allows null: 3.0 <c>nullable</c>, a 3.1 type list with <c>"null"</c>, <c>null</c> in its enum, or a null case.</summary>
    public static bool AllowsNull(SpecSchema schema) =>
        schema.Nullable || schema.Types.Contains("null") || schema.Enum.Contains("null") || schema.OneOf.Any(IsNull) || schema.AnyOf.Any(IsNull);

    /// <summary>The cases of a <c>oneOf</c> or <c>anyOf</c> that are not the null case.</summary>
    public static List<SpecSchema> UnionCases(SpecSchema schema) =>
        (schema.OneOf.IsEmpty ? schema.AnyOf : schema.OneOf).Where(s => !IsNull(s)).ToList();

    /// <summary>The keyword of the union, for locations: <c>oneOf</c> or <c>anyOf</c>.</summary>
    public static string UnionKeyword(SpecSchema schema) => schema.OneOf.IsEmpty ? "anyOf" : "oneOf";

    /// <summary>The one value the schema allows (<c>const</c>, or an <c>enum</c> of one value), if it allows one only.</summary>
    public static string? SingleValue(SpecSchema schema)
    {
        if (schema.Const is { } constant)
        {
            return constant;
        }

        var values = schema.Enum.Where(v => v != "null").ToList();
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>The values the schema allows, when it lists them (<c>const</c> or <c>enum</c>).</summary>
    public static List<string> ListedValues(SpecSchema schema) =>
        schema.Const is { } constant ? new List<string> { constant } : schema.Enum.Where(v => v != "null").ToList();

    /// <summary>Whether the schema says nothing about the value but words (a <c>description</c> beside a <c>$ref</c> in <c>allOf</c>).</summary>
    public static bool IsAnnotationOnly(SpecSchema schema) =>
        schema.Keywords.All(k => AnnotationKeywords.Contains(k.Name) || k.Name.StartsWith("x-", System.StringComparison.Ordinal));

    /// <summary>The JSON types the schema names, <c>null</c> left out.</summary>
    public static List<string> Types(SpecSchema schema) => schema.Types.Where(t => t != "null").ToList();

    /// <summary>The type a schema without <c>type</c> has by its other keywords.</summary>
    public static string? InferredType(SpecSchema schema) =>
        !schema.Properties.IsEmpty || schema.AdditionalProperties is not null || schema.Discriminator is not null ? "object"
        : schema.Items is not null ? "array"
        : schema.Const is not null ? (schema.ConstIsNumeric ? "number" : "string")
        : !schema.Enum.IsEmpty ? (schema.EnumIsNumeric ? "number" : "string")
        : schema.MinLength is not null || schema.MaxLength is not null || schema.Pattern is not null || schema.Format is "date" or "date-time" or "uuid" or "byte" or "binary" ? "string"
        : schema.Minimum is not null || schema.Maximum is not null ? "number"
        : null;

    /// <summary>The schema's one JSON type, declared or inferred; null when it has none or several.</summary>
    public static string? SingleType(SpecSchema schema)
    {
        var types = Types(schema);
        return types.Count switch
        {
            1 => types[0],
            0 => InferredType(schema),
            _ => null,
        };
    }
}
