using System;
using Tratta.Generator.Common;

namespace Tratta.Generator.Spec;

/// <summary>An OpenAPI document as written: the subset the generator understands, positions kept.</summary>
internal sealed record SpecDocument
{
    public string OpenApiVersion { get; init; } = "";

    /// <summary><c>x-tratta-strict: true</c>: every warning about the spec is an error (Tratta's own spec says so).</summary>
    public bool IsStrict { get; init; }

    /// <summary><c>x-tratta-dialect</c>: <c>laravel</c> for Laravel's validation behaviour and messages; null for JSON Schema's.</summary>
    public string? Dialect { get; init; }

    /// <summary><c>x-tratta-grouping</c>: <c>paths</c> (the default) or <c>tags</c>.</summary>
    public string? Grouping { get; init; }

    /// <summary>
    /// <c>x-tratta-schemas: all</c>: a type for every component schema. By default (<c>used</c>) a document with
    /// operations gets the types its operations reach, and no others.
    /// </summary>
    public bool KeepsAllSchemas { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Version { get; init; }

    public EquatableArray<SpecServer> Servers { get; init; } = EquatableArray<SpecServer>.Empty;

    public EquatableArray<SpecOperation> Operations { get; init; } = EquatableArray<SpecOperation>.Empty;

    public EquatableArray<SpecNamed<SpecSchema>> Schemas { get; init; } = EquatableArray<SpecNamed<SpecSchema>>.Empty;

    public EquatableArray<SpecNamed<SpecParameter>> Parameters { get; init; } = EquatableArray<SpecNamed<SpecParameter>>.Empty;

    public EquatableArray<SpecNamed<SpecRequestBody>> RequestBodies { get; init; } = EquatableArray<SpecNamed<SpecRequestBody>>.Empty;

    public EquatableArray<SpecNamed<SpecResponse>> Responses { get; init; } = EquatableArray<SpecNamed<SpecResponse>>.Empty;

    public EquatableArray<SpecNamed<SpecSecurityScheme>> SecuritySchemes { get; init; } = EquatableArray<SpecNamed<SpecSecurityScheme>>.Empty;

    /// <summary>The document's <c>security</c>: alternatives, any one of which suffices; null when it has none.</summary>
    public EquatableArray<SpecSecurityRequirement>? Security { get; init; }
}

/// <summary>A named entry of <c>components</c>.</summary>
internal sealed record SpecNamed<T>(string Name, SpecSpan NameSpan, T Value)
    where T : IEquatable<T>;

internal sealed record SpecServer(string Url, string? Description, EquatableArray<SpecServerVariable> Variables);

internal sealed record SpecServerVariable(string Name, SpecSpan Span, string Default, string? Description, EquatableArray<string> Enum, SpecObjectExtensions Extensions);

/// <summary>An entry of <c>components/securitySchemes</c>.</summary>
/// <param name="Type"><c>http</c>, <c>apiKey</c>, <c>oauth2</c>, <c>openIdConnect</c> or <c>mutualTLS</c>.</param>
/// <param name="Scheme">For <c>http</c>: <c>bearer</c>, <c>basic</c>, …</param>
/// <param name="In">For <c>apiKey</c>: <c>header</c>, <c>query</c> or <c>cookie</c>.</param>
/// <param name="ParameterName">For <c>apiKey</c>: the header, query parameter or cookie name.</param>
internal sealed record SpecSecurityScheme(string Type, string? Scheme, string? In, string? ParameterName, string? Description, SpecSpan Span, SpecObjectExtensions Extensions);

/// <summary>One alternative of a <c>security</c> list: the schemes that must all be sent (none: anonymous).</summary>
internal sealed record SpecSecurityRequirement(EquatableArray<string> Schemes, SpecSpan Span);
