using Tratta.Generator.Common;

namespace Tratta.Generator.Spec;

/// <summary>One HTTP method of one path.</summary>
internal sealed record SpecOperation
{
    public string Path { get; init; } = "";

    /// <summary>Upper-case HTTP method.</summary>
    public string Method { get; init; } = "";

    public SpecSpan Span { get; init; }

    public string? OperationId { get; init; }

    /// <summary><c>x-tratta-name</c>: the C# method name to use instead of the derived one.</summary>
    public string? NameOverride { get; init; }

    public SpecSpan OperationIdSpan { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public bool Deprecated { get; init; }

    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The path item's parameters followed by the operation's own (an own one overrides a shared one of the
    /// same name and location, once references are resolved).</summary>
    public EquatableArray<SpecParameter> Parameters { get; init; } = EquatableArray<SpecParameter>.Empty;

    public SpecRequestBody? RequestBody { get; init; }

    public EquatableArray<SpecResponse> Responses { get; init; } = EquatableArray<SpecResponse>.Empty;

    /// <summary>The operation's own <c>security</c>; null when it inherits the document's.</summary>
    public EquatableArray<SpecSecurityRequirement>? Security { get; init; }

    /// <summary><c>x-tratta-idempotent</c>: whether it may be sent again; null to go by its method.</summary>
    public bool? Idempotent { get; init; }
}

/// <summary>A parameter, or a <c>$ref</c> to one in components.</summary>
internal sealed record SpecParameter
{
    public SpecSpan Span { get; init; }

    public string? Ref { get; init; }

    public string Name { get; init; } = "";

    /// <summary><c>x-tratta-name</c>: the C# parameter name to use instead of the derived one.</summary>
    public string? NameOverride { get; init; }

    /// <summary><c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</summary>
    public string In { get; init; } = "";

    public bool Required { get; init; }

    public string? Description { get; init; }

    public SpecSchema? Schema { get; init; }
}

/// <summary>A request body, or a <c>$ref</c> to one in components.</summary>
internal sealed record SpecRequestBody
{
    public SpecSpan Span { get; init; }

    public string? Ref { get; init; }

    public bool Required { get; init; }

    public string? Description { get; init; }

    public EquatableArray<SpecMediaType> Content { get; init; } = EquatableArray<SpecMediaType>.Empty;
}

/// <summary>A response for one status code (or <c>default</c>), or a <c>$ref</c> to one in components.</summary>
internal sealed record SpecResponse
{
    public SpecSpan Span { get; init; }

    public string StatusCode { get; init; } = "";

    public string? Ref { get; init; }

    public string? Description { get; init; }

    public EquatableArray<SpecMediaType> Content { get; init; } = EquatableArray<SpecMediaType>.Empty;
}

internal sealed record SpecMediaType(string Name, SpecSpan Span, SpecSchema? Schema);
