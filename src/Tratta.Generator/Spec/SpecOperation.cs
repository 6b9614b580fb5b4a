using Tratta.Generator.Common;

namespace Tratta.Generator.Spec;

/// <summary>One HTTP method of one path.</summary>
internal sealed record SpecOperation
{
    /// <summary>The path of the request: the key under <c>paths</c> up to a <c>?</c> or <c>#</c>.</summary>
    public string Path { get; init; } = "";

    /// <summary>
    /// What follows <c>?</c> in the key (<c>/messages?beta=true</c>): fixed query parameters sent with every call.
    /// Some specs write them so that two operations can share a path and method.
    /// </summary>
    public string? FixedQuery { get; init; }

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

    /// <summary>The operation's own <c>servers</c>, else its path item's; empty when it uses the document's.</summary>
    public EquatableArray<SpecServer> Servers { get; init; } = EquatableArray<SpecServer>.Empty;
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

    /// <summary>The schema, or the schema of the single media type of <c>content</c>.</summary>
    public SpecSchema? Schema { get; init; }

    /// <summary>The media type of <c>content</c> (e.g. <c>application/json</c>: the value is sent as JSON text); null with <c>schema</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary><c>style</c>: form, spaceDelimited, pipeDelimited, deepObject, simple, label or matrix; null for the default.</summary>
    public string? Style { get; init; }

    /// <summary><c>explode</c>; null for the default (true for <c>form</c>, false otherwise).</summary>
    public bool? Explode { get; init; }

    /// <summary><c>allowReserved</c>: reserved characters are sent as they are in the query.</summary>
    public bool AllowReserved { get; init; }

    public bool Deprecated { get; init; }
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

/// <summary>One entry of <c>content</c>: a media type, its schema, and how the fields of a form body are encoded.</summary>
internal sealed record SpecMediaType(string Name, SpecSpan Span, SpecSchema? Schema)
{
    public EquatableArray<SpecEncoding> Encoding { get; init; } = EquatableArray<SpecEncoding>.Empty;
}

/// <summary>An entry of a media type's <c>encoding</c>: how one property of a form or multipart body is sent.</summary>
/// <param name="Property">The property's wire name.</param>
/// <param name="ContentType">The part's (multipart) or value's (form) media type, e.g. <c>application/json</c>.</param>
/// <param name="Style">form, spaceDelimited, pipeDelimited or deepObject; null for the default.</param>
/// <param name="Explode">null for the default.</param>
internal sealed record SpecEncoding(string Property, string? ContentType, string? Style, bool? Explode, bool AllowReserved);
