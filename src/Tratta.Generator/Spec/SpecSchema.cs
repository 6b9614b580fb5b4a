using Tratta.Generator.Common;

namespace Tratta.Generator.Spec;

/// <summary>A JSON Schema object as written in the spec, references unresolved.</summary>
internal sealed record SpecSchema
{
    public SpecSpan Span { get; init; }

    /// <summary>Every key of the schema mapping with its position, in document order.</summary>
    public EquatableArray<SpecKeyword> Keywords { get; init; } = EquatableArray<SpecKeyword>.Empty;

    public string? Ref { get; init; }

    /// <summary>The <c>type</c> keyword: one name, or several for 3.1 type arrays (<c>[string, "null"]</c>).</summary>
    public EquatableArray<string> Types { get; init; } = EquatableArray<string>.Empty;

    /// <summary>OpenAPI 3.0 <c>nullable: true</c>.</summary>
    public bool Nullable { get; init; }

    public string? Format { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public bool Deprecated { get; init; }

    public EquatableArray<SpecProperty> Properties { get; init; } = EquatableArray<SpecProperty>.Empty;

    public EquatableArray<string> Required { get; init; } = EquatableArray<string>.Empty;

    public SpecSchema? Items { get; init; }

    public SpecSchema? AdditionalProperties { get; init; }

    public SpecSchema? PropertyNames { get; init; }

    /// <summary>The <c>enum</c> values as written (scalars, <c>null</c> kept as the text <c>null</c>).</summary>
    public EquatableArray<string> Enum { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether every <c>enum</c> value but <c>null</c> is an unquoted number (<c>[1, 2]</c>, not <c>["1", "2"]</c>).</summary>
    public bool EnumIsNumeric { get; init; }

    /// <summary>The <c>const</c> value as written; null when there is none.</summary>
    public string? Const { get; init; }

    /// <summary>Whether <see cref="Const"/> is an unquoted number.</summary>
    public bool ConstIsNumeric { get; init; }

    /// <summary>The <c>discriminator</c> of a union or of a base schema.</summary>
    public SpecDiscriminator? Discriminator { get; init; }

    public bool ReadOnly { get; init; }

    public bool WriteOnly { get; init; }

    /// <summary>The <c>default</c> value as written, when it is a single value.</summary>
    public string? Default { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>OpenAPI 3.1's <c>contentEncoding</c> (<c>binary</c>, <c>base64</c>), which stands in for <c>format</c>.</summary>
    public string? ContentEncoding { get; init; }

    /// <summary>Whether <c>additionalProperties</c> is <c>false</c>.</summary>
    public bool NoAdditionalProperties { get; init; }

    /// <summary>A <c>$recursiveRef</c> or <c>$dynamicRef</c> (JSON Schema 2019-09/2020-12), which the generator reads as free-form JSON.</summary>
    public string? DynamicRef { get; init; }

    public EquatableArray<SpecSchema> OneOf { get; init; } = EquatableArray<SpecSchema>.Empty;

    public EquatableArray<SpecSchema> AnyOf { get; init; } = EquatableArray<SpecSchema>.Empty;

    public EquatableArray<SpecSchema> AllOf { get; init; } = EquatableArray<SpecSchema>.Empty;

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public string? Pattern { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public decimal? ExclusiveMinimum { get; init; }

    public decimal? ExclusiveMaximum { get; init; }

    public SpecExtensions Extensions { get; init; } = SpecExtensions.None;

    public SpecKeyword? Keyword(string name)
    {
        foreach (var keyword in Keywords)
        {
            if (keyword.Name == name)
            {
                return keyword;
            }
        }

        return null;
    }
}

/// <summary>A <c>discriminator</c>: the property that names the case, and its explicit <c>mapping</c> of values to schemas.</summary>
internal sealed record SpecDiscriminator(string PropertyName, EquatableArray<SpecMapping> Mapping, SpecSpan Span);

/// <summary>One entry of a discriminator's <c>mapping</c>: a value and the schema (a <c>$ref</c> or a bare name) it selects.</summary>
internal sealed record SpecMapping(string Value, string Target);

/// <summary>One entry of a schema's <c>properties</c>.</summary>
internal sealed record SpecProperty(string Name, SpecSpan NameSpan, SpecSchema Schema);
