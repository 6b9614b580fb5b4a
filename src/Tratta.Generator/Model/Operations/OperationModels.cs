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

    /// <summary>Query parameters the path key carries (<c>beta=true</c> of <c>/messages?beta=true</c>).</summary>
    public string? FixedQuery { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    /// <summary><c>deprecated: true</c>: the method is <c>[Obsolete]</c>.</summary>
    public bool IsDeprecated { get; init; }

    public EquatableArray<ParameterModel> Parameters { get; init; } = EquatableArray<ParameterModel>.Empty;

    public BodyModel? Body { get; init; }

    public ResponseModel Response { get; init; } = ResponseModel.None;

    /// <summary>The error responses with a JSON schema, most specific first: what <c>ApiException.Error</c> holds.</summary>
    public EquatableArray<ErrorResponseModel> Errors { get; init; } = EquatableArray<ErrorResponseModel>.Empty;

    /// <summary>The security requirements: alternatives, each the schemes that must all be sent (empty: anonymous).</summary>
    public EquatableArray<EquatableArray<string>> Security { get; init; } = EquatableArray<EquatableArray<string>>.Empty;

    /// <summary><c>x-tratta-idempotent</c>; null to go by the HTTP method.</summary>
    public bool? IsIdempotent { get; init; }

    /// <summary>The operation's own server URL (absolute, variables at their defaults); null for the client's.</summary>
    public string? Server { get; init; }
}

/// <summary>A path, query, header or cookie parameter.</summary>
/// <param name="WireName">The name in the spec.</param>
/// <param name="Name">The C# parameter name.</param>
/// <param name="In"><c>path</c>, <c>query</c>, <c>header</c> or <c>cookie</c>.</param>
/// <param name="Style">The runtime's <c>ParameterStyle</c> member: Form, Simple, DeepObject…</param>
/// <param name="Explode">Whether lists and objects are exploded.</param>
/// <param name="IsJson">The parameter has <c>content: application/json</c>: its value is sent as JSON text.</param>
internal sealed record ParameterModel(string WireName, string Name, string In, TypeRef Type, bool IsRequired, string? Description)
{
    public string Style { get; init; } = "Form";

    public bool Explode { get; init; } = true;

    public bool AllowReserved { get; init; }

    public bool IsJson { get; init; }

    public bool IsDeprecated { get; init; }
}

/// <summary>How a request body is sent.</summary>
internal enum BodyEncoding
{
    Json,
    Form,
    Multipart,
    File,
    Text,
}

/// <summary>A request body.</summary>
/// <param name="MediaType">The <c>Content-Type</c>, without parameters.</param>
internal sealed record BodyModel(TypeRef Type, bool IsRequired, string? Description)
{
    public BodyEncoding Encoding { get; init; } = BodyEncoding.Json;

    public string MediaType { get; init; } = "application/json";

    /// <summary>The media type's <c>encoding</c> entries, for form and multipart bodies.</summary>
    public EquatableArray<FieldEncodingModel> Fields { get; init; } = EquatableArray<FieldEncodingModel>.Empty;
}

/// <summary>An entry of <c>encoding</c>: how one property of a form or multipart body is sent.</summary>
/// <param name="Style">The runtime's <c>ParameterStyle</c> member, or null for the default.</param>
internal sealed record FieldEncodingModel(string Property, string? Style, bool Explode, string? ContentType);

/// <summary>How a success response body is read.</summary>
internal enum ResponseKind
{
    /// <summary>No body the client reads.</summary>
    None,
    Json,

    /// <summary>A string (<c>text/*</c>, XML, SDP…).</summary>
    Text,

    /// <summary>A streamed download (<c>FileResponse</c>).</summary>
    File,

    /// <summary>Several success statuses with different bodies: a generated class with one property per status.</summary>
    Variants,
}

/// <summary>What a call returns.</summary>
internal sealed record ResponseModel(ResponseKind Kind, TypeRef? Type = null)
{
    public static readonly ResponseModel None = new(ResponseKind.None);

    /// <summary>The property that wraps the response value (<c>x-tratta-envelope</c>), if any.</summary>
    public string? Envelope { get; init; }

    /// <summary>The type of the items when the response is a page of a longer list (<c>x-tratta-paging</c>).</summary>
    public TypeRef? PageItem { get; init; }

    /// <summary>The <c>Accept</c> header when it is not <c>application/json</c>.</summary>
    public string? Accept { get; init; }

    /// <summary>Another success status has no body: the value is null then.</summary>
    public bool IsNullable { get; init; }

    /// <summary>For <see cref="ResponseKind.Variants"/>: the generated class and its statuses.</summary>
    public ResponseVariantsModel? Variants { get; init; }
}

/// <summary>A class that holds whichever of several success responses came: <c>Status</c> and one property per status.</summary>
internal sealed record ResponseVariantsModel(string ClassName, EquatableArray<ResponseVariantModel> Cases);

/// <summary>One success status of <see cref="ResponseVariantsModel"/>: its code (<c>200</c>, <c>2XX</c>), property and body.</summary>
internal sealed record ResponseVariantModel(string StatusCode, string PropertyName, ResponseKind Kind, TypeRef? Type);

/// <summary>An error status (<c>404</c>, <c>4XX</c>, <c>default</c>) whose JSON body has a declared type.</summary>
internal sealed record ErrorResponseModel(string StatusCode, TypeRef Type);

/// <summary>
/// The operations that share a group: by path, the static segments (<c>/customers/{customer}/addresses</c> belongs
/// to <c>Customers → Addresses</c>, reached as <c>client.Customers.Addresses</c>); by tag, the first tag.
/// </summary>
internal sealed record OperationGroupModel
{
    /// <summary>The group's path from the client, e.g. <c>[Customers, Addresses]</c>; empty for the client itself.</summary>
    public EquatableArray<string> Path { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The class name, e.g. <c>CustomersAddressesOperations</c>.</summary>
    public string ClassName { get; init; } = "";

    public EquatableArray<OperationModel> Operations { get; init; } = EquatableArray<OperationModel>.Empty;

    /// <summary>The groups one level below: the property that reaches each and its class.</summary>
    public EquatableArray<GroupChildModel> Children { get; init; } = EquatableArray<GroupChildModel>.Empty;

    public string InterfaceName => "I" + ClassName;

    public string PropertyName => Path.Count == 0 ? "" : Path[Path.Count - 1];
}

/// <summary>A group below another: the property of the parent that reaches it, and its class.</summary>
internal sealed record GroupChildModel(string PropertyName, string ClassName);
