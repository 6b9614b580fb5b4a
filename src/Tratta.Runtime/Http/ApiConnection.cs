using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Polly.Timeout;
using Tratta.Runtime.Json;
using Tratta.Runtime.Paging;

namespace Tratta.Runtime.Http;

/// <summary>
/// Sends a generated client's requests and turns responses into values or exceptions: the base address, the
/// credentials each operation asks for, <c>Accept</c> and <c>User-Agent</c>, and one exception type per kind of
/// failure. Generated clients create one and share it among their operation groups.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class ApiConnection
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly Uri? _baseAddress;
    private readonly Uri? _serverUrl;
    private readonly IReadOnlyDictionary<string, ApiCredential> _credentials;
    private readonly ProductInfoHeaderValue? _userAgent;
    private readonly bool _useOperationServers;
    private Uri? _resolvedBaseAddress;

    /// <summary>Creates a connection.</summary>
    /// <param name="httpClient">Sends the requests.</param>
    /// <param name="timeProvider">The clock of date rules and of <c>Retry-After</c> dates; the system clock when null.</param>
    /// <param name="baseAddress">The API's base URL; when null, the HttpClient's BaseAddress, else <paramref name="serverUrl"/>.</param>
    /// <param name="serverUrl">The spec's server URL, used when nothing else gives one and it has no <c>{variables}</c>.</param>
    /// <param name="credentials">The credential of each security scheme, by the scheme's name in the spec.</param>
    /// <param name="userAgent">The <c>User-Agent</c> product of the client, e.g. <c>Acme.Billing/1.2.0</c>.</param>
    /// <param name="useOperationServers">
    /// Whether an operation with servers of its own in the spec (an upload host, say) goes there instead of to the base
    /// address: true unless the caller chose the base address, which then receives every request (a proxy, a mock).
    /// </param>
    public ApiConnection(
        HttpClient httpClient,
        TimeProvider? timeProvider = null,
        Uri? baseAddress = null,
        string? serverUrl = null,
        IReadOnlyDictionary<string, ApiCredential>? credentials = null,
        ProductInfoHeaderValue? userAgent = null,
        bool useOperationServers = true)
    {
        HttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        TimeProvider = timeProvider ?? TimeProvider.System;
        _baseAddress = WithTrailingSlash(baseAddress);
        _serverUrl = serverUrl is not null && serverUrl.IndexOf('{') < 0 && Uri.TryCreate(serverUrl, UriKind.Absolute, out var server)
            && (server.Scheme == Uri.UriSchemeHttps || server.Scheme == Uri.UriSchemeHttp)
            ? WithTrailingSlash(server)
            : null;
        _credentials = credentials ?? new Dictionary<string, ApiCredential>();
        _userAgent = userAgent;
        _useOperationServers = useOperationServers;
    }

    /// <summary>Sends the requests.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>The clock rules such as "on or after today" are checked against.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// Where relative paths are resolved: the base address given, else the HttpClient's, else the spec's server.
    /// It always ends in a slash, so that <c>customers</c> lands under <c>/api/v1/</c> instead of replacing <c>v1</c>.
    /// Resolved at the first request and kept: an HttpClient's BaseAddress cannot change once it has sent one.
    /// </summary>
    public Uri? BaseAddress => _resolvedBaseAddress ??= _baseAddress ?? WithTrailingSlash(HttpClient.BaseAddress) ?? _serverUrl;

    /// <summary>The <c>User-Agent</c> product of a generated client: its assembly's name and informational version.</summary>
    /// <param name="clientType">The generated client class.</param>
    /// <returns>For example <c>Tratta.Client/1.0.0</c>.</returns>
    public static ProductInfoHeaderValue UserAgentOf(Type clientType)
    {
        ArgumentNullException.ThrowIfNull(clientType);
        var assembly = clientType.Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        return new ProductInfoHeaderValue(assembly.GetName().Name ?? clientType.Name, version);
    }

    /// <summary>Sends a request and reads the success response's body with <paramref name="read"/>.</summary>
    /// <typeparam name="T">The type of the result.</typeparam>
    /// <param name="request">The request, its URI relative to the base address.</param>
    /// <param name="operation">The operation the request belongs to.</param>
    /// <param name="read">Reads the body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What <paramref name="read"/> returned.</returns>
    /// <exception cref="ApiException">The call did not succeed; the derived type says why.</exception>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, ApiOperation operation, Func<byte[], T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (status, body) = await SendForBodyAsync(request, operation, cancellationToken).ConfigureAwait(false);
        try
        {
            return read(body);
        }
        catch (Exception exception) when (JsonRead.IsUnreadable(exception))
        {
            throw ApiExceptionFactory.InvalidResponse(operation, status, exception);
        }
    }

    /// <summary>Sends a request and reads the success response with <paramref name="read"/>, which is given the status too.</summary>
    /// <typeparam name="T">The type of the result.</typeparam>
    /// <param name="request">The request, its URI relative to the base address.</param>
    /// <param name="operation">The operation the request belongs to.</param>
    /// <param name="read">Reads the status and body (an operation whose success statuses carry different bodies).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What <paramref name="read"/> returned.</returns>
    /// <exception cref="ApiException">The call did not succeed; the derived type says why.</exception>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, ApiOperation operation, Func<int, byte[], T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (status, body) = await SendForBodyAsync(request, operation, cancellationToken).ConfigureAwait(false);
        try
        {
            return read((int)status, body);
        }
        catch (Exception exception) when (JsonRead.IsUnreadable(exception))
        {
            throw ApiExceptionFactory.InvalidResponse(operation, status, exception);
        }
    }

    /// <summary>Sends a request whose success response has no body the client reads.</summary>
    /// <param name="request">The request, its URI relative to the base address.</param>
    /// <param name="operation">The operation the request belongs to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the server has answered with success.</returns>
    /// <exception cref="ApiException">The call did not succeed; the derived type says why.</exception>
    public async Task SendAsync(HttpRequestMessage request, ApiOperation operation, CancellationToken cancellationToken) =>
        await SendForBodyAsync(request, operation, cancellationToken).ConfigureAwait(false);

    /// <summary>Sends a request whose success response is a file, streamed as it arrives.</summary>
    /// <param name="request">The request, its URI relative to the base address.</param>
    /// <param name="operation">The operation the request belongs to.</param>
    /// <param name="cancellationToken">Cancels the call (reading the stream takes its own token).</param>
    /// <returns>The file; dispose it to release the connection.</returns>
    /// <exception cref="ApiException">The call did not succeed; the derived type says why.</exception>
    public async Task<FileResponse> SendForFileAsync(HttpRequestMessage request, ApiOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(AttemptHandler.StreamedResponseKey, true);
        var response = await SendCoreAsync(request, operation, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new FileResponse(response, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Sends a request for one page of a list; the page remembers its URL, against which a relative next link resolves.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="request">The request, its URI relative to the base address.</param>
    /// <param name="operation">The operation the request belongs to.</param>
    /// <param name="itemsProperty">The property of the page object that holds the items.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public async Task<Page<T>> SendPageAsync<T>(HttpRequestMessage request, ApiOperation operation, string itemsProperty, JsonValueReader<T> readItem, CancellationToken cancellationToken)
    {
        var page = await SendAsync(request, operation, body => PageReader.Read(body, itemsProperty, readItem), cancellationToken).ConfigureAwait(false);
        return page.ReadFrom(request.RequestUri);
    }

    /// <summary>
    /// Every item of <paramref name="first"/> and of the pages its next links lead to. A link must stay on the API's
    /// origin (the request carries credentials, which must never go to another host), and a link to a page already
    /// read ends the walk with an error instead of looping for ever.
    /// </summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="first">The first page.</param>
    /// <param name="operation">The operation that read the first page.</param>
    /// <param name="itemsProperty">The property of the page object that holds the items.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The items of every page, in order.</returns>
    public async IAsyncEnumerable<T> WalkPagesAsync<T>(
        Page<T> first,
        ApiOperation operation,
        string itemsProperty,
        JsonValueReader<T> readItem,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(first);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        if (first.Source is { IsAbsoluteUri: true } firstSource)
        {
            visited.Add(firstSource.AbsoluteUri);
        }

        var page = first;
        while (true)
        {
            foreach (var item in page)
            {
                yield return item;
            }

            if (page.NextPage is null)
            {
                yield break;
            }

            var next = NextPageUri(page.NextPage, page.Source, operation);
            if (!visited.Add(next.AbsoluteUri))
            {
                throw InvalidNextPage(operation, "The next page link points at a page already read; following it would never end.");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            page = await SendPageAsync(request, operation, itemsProperty, readItem, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Uri? WithTrailingSlash(Uri? uri) =>
        uri is null || !uri.IsAbsoluteUri || uri.AbsolutePath.EndsWith('/')
            ? uri
            : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;

    // A next link that cannot be followed is a page whose JSON says something the client must not do.
    private static ApiException InvalidNextPage(ApiOperation operation, string reason) =>
        ApiExceptionFactory.InvalidResponse(operation, HttpStatusCode.OK, new JsonException(reason));

    private Uri NextPageUri(string next, Uri? source, ApiOperation operation)
    {
        var origin = BaseAddress ?? source
            ?? throw InvalidNextPage(operation, "The next page link cannot be followed without a base address.");
        Uri uri;
        if (Uri.TryCreate(next, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            uri = absolute;
        }
        else if (!next.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate(next, UriKind.Relative, out var relative))
        {
            // "?page=2" and "customers?page=2" are relative to the page that named them, "/api/v1/…" to its host.
            uri = new Uri(source is { IsAbsoluteUri: true } ? source : origin, relative);
        }
        else
        {
            throw InvalidNextPage(operation, "The next page link is not an http(s) URL.");
        }

        if (Uri.Compare(uri, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw InvalidNextPage(operation, "The next page link points away from the API's host; it is not followed.");
        }

        return uri;
    }

    private async Task<(HttpStatusCode Status, byte[] Body)> SendForBodyAsync(HttpRequestMessage request, ApiOperation operation, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, operation, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return (response.StatusCode, body);
    }

    // Through the pipeline the attempt handler has the body in an array already: take it rather than copy it.
    private static async ValueTask<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken) =>
        content is BufferedContent buffered ? buffered.Body : await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

    // The success response, not disposed; any other answer becomes the exception that says what went wrong.
    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, ApiOperation operation, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(operation);
        if (request.RequestUri is null || !request.RequestUri.IsAbsoluteUri)
        {
            var baseAddress = (_useOperationServers ? operation.ServerAddress : null) ?? BaseAddress ?? throw new InvalidOperationException(
                "The client has no base URL: set the options' BaseUrl, give the HttpClient a BaseAddress, or give the spec a server URL without variables.");
            request.RequestUri = request.RequestUri is null ? baseAddress : new Uri(baseAddress, request.RequestUri);
        }

        // An operation that answers with something other than JSON says so with its own Accept header.
        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.Accept.Add(AcceptJson);
        }

        if (_userAgent is not null)
        {
            request.Headers.UserAgent.Add(_userAgent);
        }

        request.Options.Set(ApiOperation.Key, operation);
        await AuthenticateAsync(request, operation, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage? response = null;
        try
        {
            // Through the pipeline the attempt handler has read the body already, inside the attempt. Asking the
            // HttpClient for ResponseContentRead would make it copy that body once more (a BufferedContent is not
            // "buffered" to HttpContent), so only the headers are asked for, and a body nothing has read yet (an
            // HttpClient of the caller's, without the pipeline) is read here, within that HttpClient's Timeout (counted
            // again from the headers).
            response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (completion == HttpCompletionOption.ResponseContentRead && response.Content is not BufferedContent)
            {
                await BufferWithinTimeoutAsync(response, cancellationToken).ConfigureAwait(false);
            }

            if (!response.IsSuccessStatusCode)
            {
                var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
                throw ApiExceptionFactory.Failure(operation, response, body, TimeProvider.GetUtcNow());
            }

            return response;
        }
        catch (Exception) when (DisposeOnFailure(response))
        {
            throw;
        }
        catch (HttpRequestException exception)
        {
            throw ApiExceptionFactory.Transport(operation, exception, TransportFailures.NothingSent(request, exception));
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: HttpClient.Timeout ran out.
            throw ApiExceptionFactory.Transport(operation, new TimeoutException(exception.Message, exception), requestNotSent: false);
        }
        catch (Exception exception) when (exception is TimeoutException or TimeoutRejectedException)
        {
            throw ApiExceptionFactory.Transport(operation, exception, requestNotSent: false);
        }
        catch (Exception exception) when (exception is Polly.CircuitBreaker.BrokenCircuitException or Polly.RateLimiting.RateLimiterRejectedException)
        {
            throw ApiExceptionFactory.Transport(operation, exception, TransportFailures.NothingSent(request, exception));
        }
    }

    // What HttpClient does for ResponseContentRead: the body read before SendAsync returns, bounded by its Timeout
    // and its MaxResponseContentBufferSize.
    private async Task BufferWithinTimeoutAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > HttpClient.MaxResponseContentBufferSize)
        {
            throw new HttpRequestException($"The response body is larger than the HttpClient's MaxResponseContentBufferSize of {HttpClient.MaxResponseContentBufferSize} bytes.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (HttpClient.Timeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(HttpClient.Timeout);
        }

        await AttemptHandler.BufferAsync(response, timeout.Token).ConfigureAwait(false);
    }

    // An exception filter that never catches: it releases the response of a failed call before the handlers below run.
    private static bool DisposeOnFailure(HttpResponseMessage? response)
    {
        response?.Dispose();
        return false;
    }

    // The first alternative of the operation's security requirements whose every scheme has a credential is sent; with
    // none, the request goes without, and the server's 401 says what is missing.
    private ValueTask AuthenticateAsync(HttpRequestMessage request, ApiOperation operation, CancellationToken cancellationToken)
    {
        foreach (var alternative in operation.Security)
        {
            if (alternative.Count == 0)
            {
                continue;
            }

            var complete = true;
            foreach (var scheme in alternative)
            {
                complete &= _credentials.ContainsKey(scheme);
            }

            if (complete)
            {
                return ApplyAsync(request, alternative, cancellationToken);
            }
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask ApplyAsync(HttpRequestMessage request, IReadOnlyList<string> schemes, CancellationToken cancellationToken)
    {
        foreach (var scheme in schemes)
        {
            await _credentials[scheme].ApplyAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
