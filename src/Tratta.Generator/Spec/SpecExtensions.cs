using Tratta.Generator.Common;

namespace Tratta.Generator.Spec;

/// <summary>
/// The <c>x-tratta-*</c> keywords of a schema: what JSON Schema cannot say (see docs/spec-format.md).
/// </summary>
internal sealed record SpecExtensions
{
    public static readonly SpecExtensions None = new();

    /// <summary><c>x-tratta-name</c>: the C# name to use instead of the one derived from the wire name.</summary>
    public string? Name { get; init; }

    /// <summary><c>x-tratta-sensitive</c>: never printed by ToString, logs or exception messages.</summary>
    public bool Sensitive { get; init; }

    /// <summary><c>x-tratta-required-without</c>: required when every listed sibling is absent.</summary>
    public EquatableArray<string> RequiredWithout { get; init; } = EquatableArray<string>.Empty;

    /// <summary><c>x-tratta-required-with</c>: required when any listed sibling is present.</summary>
    public EquatableArray<string> RequiredWith { get; init; } = EquatableArray<string>.Empty;

    /// <summary><c>x-tratta-required-if</c>: required when a sibling holds a given value.</summary>
    public SpecRequiredIf? RequiredIf { get; init; }

    /// <summary><c>x-tratta-rule</c>: a named value rule (card-number, routing-number, us-phone).</summary>
    public string? Rule { get; init; }

    /// <summary><c>x-tratta-after-or-equal</c>: the earliest allowed date (only <c>today</c>).</summary>
    public string? AfterOrEqual { get; init; }

    /// <summary><c>x-tratta-date-format</c>: the wire format of a non-ISO date or date-time.</summary>
    public string? DateFormat { get; init; }

    /// <summary><c>x-tratta-aliases</c>: other wire names accepted when reading.</summary>
    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    /// <summary><c>x-tratta-entry-list</c>: a map that may also arrive as a list of key/value objects.</summary>
    public SpecEntryList? EntryList { get; init; }

    /// <summary><c>x-tratta-envelope</c>: the property that wraps a response body's value.</summary>
    public string? Envelope { get; init; }

    /// <summary><c>x-tratta-paging</c>: how a paginated list envelope points at its next page (<c>laravel</c>).</summary>
    public string? Paging { get; init; }
}

internal sealed record SpecRequiredIf(string Property, string EqualsValue);

internal sealed record SpecEntryList(string KeyProperty, string ValueProperty);

/// <summary>The <c>x-tratta-*</c> keys of an object that is not a schema (see docs/spec-format.md).</summary>
internal sealed record SpecObjectExtensions
{
    public static readonly SpecObjectExtensions None = new();

    /// <summary><c>x-tratta-name</c>: the C# name to use instead of the derived one.</summary>
    public string? Name { get; init; }

    /// <summary><c>x-tratta-idempotent</c> on an operation: whether it may be sent again after it may have reached the server.</summary>
    public bool? Idempotent { get; init; }

    /// <summary><c>x-tratta-required</c> on a server variable: its default is a placeholder that must be replaced.</summary>
    public bool Required { get; init; }

    /// <summary><c>x-tratta-format</c> on a server variable: <c>uuid</c>.</summary>
    public string? Format { get; init; }

    /// <summary><c>x-tratta-strict</c> on the document.</summary>
    public bool Strict { get; init; }

    /// <summary><c>x-tratta-dialect</c> on the document: <c>laravel</c>.</summary>
    public string? Dialect { get; init; }

    /// <summary><c>x-tratta-grouping</c> on the document: <c>paths</c> or <c>tags</c>.</summary>
    public string? Grouping { get; init; }

    /// <summary><c>x-tratta-schemas</c>: <c>used</c> (the default) or <c>all</c>.</summary>
    public string? Schemas { get; init; }
}
