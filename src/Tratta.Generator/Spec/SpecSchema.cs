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

/// <summary>One entry of a schema's <c>properties</c>.</summary>
internal sealed record SpecProperty(string Name, SpecSpan NameSpan, SpecSchema Schema);
