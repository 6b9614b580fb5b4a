using Tratta.Generator.Common;

namespace Tratta.Generator.Model;

/// <summary>Everything the emitters need to write one client. Holds no positions, so spec edits that change
/// nothing but layout or comments leave it equal and the emitted code cached.</summary>
internal sealed record ClientModel
{
    public string Namespace { get; init; } = "";

    public string ClientName { get; init; } = "";

    /// <summary>A prefix for hint names that keeps several specs in one project apart.</summary>
    public string HintPrefix { get; init; } = "";

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The configuration section the options bind from and messages name: the client name without "Client".</summary>
    public string SectionName { get; init; } = "";

    /// <summary>The spec's first server; null when the spec has none.</summary>
    public ServerModel? Server { get; init; }

    /// <summary>The URL of the spec's first server, <c>{variables}</c> left in; null when the spec has none.</summary>
    public string? ServerUrl => Server?.UrlTemplate;

    /// <summary>The security schemes the client can send, each with options properties.</summary>
    public EquatableArray<SecuritySchemeModel> SecuritySchemes { get; init; } = EquatableArray<SecuritySchemeModel>.Empty;

    /// <summary>Whether the options must hold a credential: the document's security has no anonymous alternative.</summary>
    public bool RequiresCredentials { get; init; }

    /// <summary>How documentation names the API: the spec's title, ending in "API".</summary>
    public string ApiName => (Title ?? ClientName) is var title && title.EndsWith(" API", System.StringComparison.Ordinal) ? title : title + " API";

    public EquatableArray<TypeModel> Types { get; init; } = EquatableArray<TypeModel>.Empty;

    /// <summary>The spec's <c>x-tratta-dialect: laravel</c>: Laravel's validation (trimmed text, blank is missing) and messages.</summary>
    public bool IsLaravel { get; init; }

    /// <summary>The records reachable from request bodies: they get validators.</summary>
    public EquatableArray<string> RequestTypes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The operation groups, the client's own (empty path) included, parents before children.</summary>
    public EquatableArray<OperationGroupModel> Groups { get; init; } = EquatableArray<OperationGroupModel>.Empty;
}
