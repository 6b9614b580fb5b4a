using System;
using Tratta.Generator.Common;

namespace Tratta.Generator.Spec;

/// <summary>An OpenAPI document as written: the subset the generator understands, positions kept.</summary>
internal sealed record SpecDocument
{
    public string OpenApiVersion { get; init; } = "";

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Version { get; init; }

    public EquatableArray<SpecServer> Servers { get; init; } = EquatableArray<SpecServer>.Empty;

    public EquatableArray<SpecOperation> Operations { get; init; } = EquatableArray<SpecOperation>.Empty;

    public EquatableArray<SpecNamed<SpecSchema>> Schemas { get; init; } = EquatableArray<SpecNamed<SpecSchema>>.Empty;

    public EquatableArray<SpecNamed<SpecParameter>> Parameters { get; init; } = EquatableArray<SpecNamed<SpecParameter>>.Empty;

    public EquatableArray<SpecNamed<SpecRequestBody>> RequestBodies { get; init; } = EquatableArray<SpecNamed<SpecRequestBody>>.Empty;

    public EquatableArray<SpecNamed<SpecResponse>> Responses { get; init; } = EquatableArray<SpecNamed<SpecResponse>>.Empty;
}

/// <summary>A named entry of <c>components</c>.</summary>
internal sealed record SpecNamed<T>(string Name, SpecSpan NameSpan, T Value)
    where T : IEquatable<T>;

internal sealed record SpecServer(string Url, string? Description, EquatableArray<SpecServerVariable> Variables);

internal sealed record SpecServerVariable(string Name, string Default, string? Description);
