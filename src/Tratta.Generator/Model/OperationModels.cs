using Tratta.Generator.Common;

namespace Tratta.Generator.Model;

/// <summary>One generated client method.</summary>
internal sealed record OperationModel
{
    /// <summary>The method name without the <c>Async</c> suffix: <c>Create</c>, <c>List</c>, or from the operationId.</summary>
    public string Name { get; init; } = "";

    public string OperationId { get; init; } = "";

    /// <summary>Upper-case HTTP method.</summary>
    public string HttpMethod { get; init; } = "";

    /// <summary>The path as the spec writes it, e.g. <c>/customers/{customer}</c>: logged instead of the filled-in path.</summary>
    public string PathTemplate { get; init; } = "";

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public EquatableArray<ParameterModel> Parameters { get; init; } = EquatableArray<ParameterModel>.Empty;

    public BodyModel? Body { get; init; }

    /// <summary>The success response's type; null when it has no body.</summary>
    public TypeRef? ResponseType { get; init; }

    /// <summary>The property that wraps the response value (<c>x-tratta-envelope</c>), if any.</summary>
    public string? ResponseEnvelope { get; init; }

    /// <summary>The type of the items when the response is a page of a longer list (<c>x-tratta-paging</c>).</summary>
    public TypeRef? PageItemType { get; init; }

    /// <summary>The security requirements: alternatives, each the schemes that must all be sent (empty: anonymous).</summary>
    public EquatableArray<EquatableArray<string>> Security { get; init; } = EquatableArray<EquatableArray<string>>.Empty;

    /// <summary><c>x-tratta-idempotent</c>; null to go by the HTTP method.</summary>
    public bool? IsIdempotent { get; init; }
}

/// <summary>A path, query or header parameter.</summary>
internal sealed record ParameterModel(string WireName, string Name, string In, TypeRef Type, bool IsRequired, string? Description);

/// <summary>A JSON request body.</summary>
internal sealed record BodyModel(TypeRef Type, bool IsRequired, string? Description);

/// <summary>
/// The operations that share the static segments of their paths: <c>/customers/{customer}/addresses</c> belongs to
/// <c>Customers → Addresses</c>, reached as <c>client.Customers.Addresses</c>.
/// </summary>
internal sealed record OperationGroupModel
{
    /// <summary>The group's path from the client, e.g. <c>[Customers, Addresses]</c>; empty for the client itself.</summary>
    public EquatableArray<string> Path { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The class name, e.g. <c>CustomersAddressesOperations</c>.</summary>
    public string ClassName { get; init; } = "";

    public EquatableArray<OperationModel> Operations { get; init; } = EquatableArray<OperationModel>.Empty;

    /// <summary>The groups one level below, by the property that reaches them.</summary>
    public EquatableArray<string> Children { get; init; } = EquatableArray<string>.Empty;

    public string InterfaceName => "I" + ClassName;

    public string PropertyName => Path.Count == 0 ? "" : Path[Path.Count - 1];
}
