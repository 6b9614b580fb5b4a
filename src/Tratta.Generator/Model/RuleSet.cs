using Tratta.Generator.Common;

namespace Tratta.Generator.Model;

/// <summary>The validation rules of one property, as the validator emitter needs them.</summary>
internal sealed record RuleSet
{
    public static readonly RuleSet None = new();

    public EquatableArray<string> RequiredWithout { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> RequiredWith { get; init; } = EquatableArray<string>.Empty;

    public RequiredIfRule? RequiredIf { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The spec's <c>pattern</c>, rewritten to mean in .NET what it means in JSON Schema (see <see cref="EcmaPattern"/>).</summary>
    public string? Pattern { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public decimal? ExclusiveMinimum { get; init; }

    public decimal? ExclusiveMaximum { get; init; }

    /// <summary>A named value rule: <c>email</c>, <c>card-number</c>, <c>routing-number</c>, <c>us-phone</c>.</summary>
    public string? Format { get; init; }

    /// <summary>Only <c>today</c>: the date must not be in the past.</summary>
    public string? AfterOrEqual { get; init; }

    public int? MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>Rules on the keys of a map.</summary>
    public int? KeyMaxLength { get; init; }

    /// <summary>Rules on the values of a map or the items of a list.</summary>
    public RuleSet? Element { get; init; }

    public bool IsEmpty => this == None;
}

internal sealed record RequiredIfRule(string Property, string EqualsValue);
