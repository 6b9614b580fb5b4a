using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Tratta.Runtime;

/// <summary>Where an API key is sent (OpenAPI's <c>in</c> of an <c>apiKey</c> security scheme).</summary>
public enum ApiKeyLocation
{
    /// <summary>A request header.</summary>
    Header,

    /// <summary>A query parameter.</summary>
    Query,

    /// <summary>A cookie.</summary>
    Cookie,
}

/// <summary>
/// The credential of one security scheme, added to each request of an operation that asks for that scheme. It holds
/// a secret, so it never prints it: <see cref="ToString"/> says only what kind of credential it is.
/// </summary>
public abstract class ApiCredential
{
    private protected ApiCredential()
    {
    }

    /// <summary>A bearer token (<c>Authorization: Bearer …</c>): OpenAPI's <c>http</c> scheme <c>bearer</c>, and the token of an OAuth 2.0 or OpenID Connect scheme.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The credential.</returns>
    public static ApiCredential Bearer(string token) => new BearerCredential(token, null);

    /// <summary>A bearer token asked for before each request, for tokens that expire (OAuth 2.0 access tokens).</summary>
    /// <param name="tokenProvider">Returns the current token; it should cache the token until it expires.</param>
    /// <returns>The credential.</returns>
    public static ApiCredential Bearer(Func<CancellationToken, ValueTask<string>> tokenProvider) =>
        new BearerCredential(null, tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider)));

    /// <summary>A user name and password (<c>Authorization: Basic …</c>): OpenAPI's <c>http</c> scheme <c>basic</c>.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <returns>The credential.</returns>
    public static ApiCredential Basic(string userName, string password) => new BasicCredential(userName, password);

    /// <summary>An API key in a header, query parameter or cookie: OpenAPI's <c>apiKey</c> scheme.</summary>
    /// <param name="name">The header, query parameter or cookie name.</param>
    /// <param name="location">Where the key goes.</param>
    /// <param name="key">The key.</param>
    /// <returns>The credential.</returns>
    public static ApiCredential ApiKey(string name, ApiKeyLocation location, string key) => new ApiKeyCredential(name, location, key);

    /// <summary>Adds the credential to a request.</summary>
    /// <param name="request">The request about to be sent.</param>
    /// <param name="cancellationToken">Cancels a token provider's work.</param>
    /// <returns>A task that completes when the credential is on the request.</returns>
    public abstract ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>The kind of credential, never its secret.</summary>
    /// <returns>For example <c>Bearer [REDACTED]</c>.</returns>
    public abstract override string ToString();

    private sealed class BearerCredential : ApiCredential
    {
        private readonly AuthenticationHeaderValue? _header;
        private readonly Func<CancellationToken, ValueTask<string>>? _tokenProvider;

        public BearerCredential(string? token, Func<CancellationToken, ValueTask<string>>? tokenProvider)
        {
            _header = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
            _tokenProvider = tokenProvider;
        }

        public override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (_header is not null)
            {
                request.Headers.Authorization = _header;
                return ValueTask.CompletedTask;
            }

            return ApplyProvidedAsync(request, cancellationToken);
        }

        public override string ToString() => "Bearer [REDACTED]";

        private async ValueTask ApplyProvidedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = await _tokenProvider!(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private sealed class BasicCredential : ApiCredential
    {
        private readonly AuthenticationHeaderValue _header;

        public BasicCredential(string userName, string password) =>
            _header = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password)));

        public override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = _header;
            return ValueTask.CompletedTask;
        }

        public override string ToString() => "Basic [REDACTED]";
    }

    private sealed class ApiKeyCredential : ApiCredential
    {
        private readonly string _name;
        private readonly ApiKeyLocation _location;
        private readonly string _key;

        public ApiKeyCredential(string name, ApiKeyLocation location, string key)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            _name = name;
            _location = location;
            _key = key ?? throw new ArgumentNullException(nameof(key));
        }

        public override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            switch (_location)
            {
                case ApiKeyLocation.Header:
                    request.Headers.Remove(_name);
                    request.Headers.TryAddWithoutValidation(_name, _key);
                    break;
                case ApiKeyLocation.Query:
                    request.RequestUri = Http.QueryString.Append(request.RequestUri!, _name, _key);
                    break;
                default:
                    Http.Cookies.Add(request, _name, _key);
                    break;
            }

            return ValueTask.CompletedTask;
        }

        public override string ToString() => $"API key '{_name}' in the {_location.ToString().ToLowerInvariant()} [REDACTED]";
    }
}
