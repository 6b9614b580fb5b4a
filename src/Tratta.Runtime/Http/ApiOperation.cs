using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;

namespace Tratta.Runtime.Http;

/// <summary>
/// One operation of a generated client, as the HTTP pipeline needs to know it: what the logging handler writes
/// (the path template, never the filled-in path), whether the retry predicate may send it twice, which credentials
/// it takes, and how its error bodies are read. Generated clients keep one instance per operation.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class ApiOperation
{
    /// <summary>The request option that carries the operation, for handlers that log or retry.</summary>
    public static readonly HttpRequestOptionsKey<ApiOperation> Key = new("Tratta.Operation");

    private static readonly IReadOnlyList<IReadOnlyList<string>> Anonymous = Array.Empty<IReadOnlyList<string>>();

    /// <summary>Describes an operation.</summary>
    /// <param name="method">The HTTP method, upper case.</param>
    /// <param name="pathTemplate">The path as the spec writes it, e.g. <c>/customers/{customer}</c>.</param>
    /// <param name="isIdempotent">
    /// Whether sending it twice has the effect of sending it once; when null, as its method says (GET, HEAD, OPTIONS,
    /// PUT, DELETE and TRACE are; POST and PATCH are not).
    /// </param>
    /// <param name="security">
    /// The spec's security requirements: alternatives, each a list of scheme names that must all be sent; an empty
    /// alternative means the operation may be called without credentials. Null or empty: no credentials.
    /// </param>
    /// <param name="errorReader">Reads an error body into the type the spec declares for its status; null when it declares none.</param>
    /// <param name="server">The operation's own server URL in the spec (absolute), when it has one.</param>
    public ApiOperation(string method, string pathTemplate, bool? isIdempotent = null, IReadOnlyList<IReadOnlyList<string>>? security = null, Func<int, byte[], object?>? errorReader = null, string? server = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        Method = KnownMethod(method);
        PathTemplate = pathTemplate;
        IsIdempotent = isIdempotent ?? IsIdempotentMethod(Method);
        Security = security ?? Anonymous;
        ErrorReader = errorReader;
        ServerAddress = server is null ? null : new Uri(server.EndsWith('/') ? server : server + "/", UriKind.Absolute);
        Name = method + " " + pathTemplate;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path as the spec writes it, e.g. <c>/customers/{customer}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>Whether the operation may be sent again after it may have reached the server.</summary>
    public bool IsIdempotent { get; }

    /// <summary>The spec's security requirements (see the constructor).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Security { get; }

    /// <summary>Reads an error body into the type the spec declares for its status.</summary>
    public Func<int, byte[], object?>? ErrorReader { get; }

    /// <summary>The operation's own server, ending in a slash; null when it uses the client's base address.</summary>
    public Uri? ServerAddress { get; }

    /// <summary>The method and path template, e.g. <c>GET /customers/{customer}</c>.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>GET, HEAD, OPTIONS, PUT, DELETE and TRACE mean the same thing when sent twice (RFC 9110, 9.2.2).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <returns>Whether the method is idempotent.</returns>
    public static bool IsIdempotentMethod(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;

    private static HttpMethod KnownMethod(string method) => method switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "DELETE" => HttpMethod.Delete,
        "PATCH" => HttpMethod.Patch,
        "HEAD" => HttpMethod.Head,
        "OPTIONS" => HttpMethod.Options,
        "TRACE" => HttpMethod.Trace,
        _ => new HttpMethod(method),
    };
}
