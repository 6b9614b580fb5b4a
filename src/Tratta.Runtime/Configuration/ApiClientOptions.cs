using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Tratta.Runtime;

/// <summary>
/// The base of every generated client's options class (<c>{ClientName}Options</c>): where requests go and how calls
/// are retried. The generated class adds what the spec says: one property per server variable and per credential of
/// its security schemes, their validation, configuration binding and a <see cref="object.ToString"/> that never prints
/// a secret.
/// </summary>
public abstract class ApiClientOptions
{
    private readonly List<string> _bindingProblems = new();

    /// <summary>
    /// An explicit base URL, e.g. a local sandbox's <c>http://127.0.0.1:5080/api/v1/</c>; wins over the spec's server.
    /// Must be https, or http on a loopback address, whenever credentials are sent.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Retries, timeouts and circuit breaking (Microsoft's standard resilience options, payment-safe).</summary>
    public ApiResilienceOptions Resilience { get; set; } = new();

    /// <summary>The configuration section these options are bound from, e.g. <c>Tratta</c>: messages name keys under it.</summary>
    protected abstract string Section { get; }

    /// <summary>Whether any credential is set: then requests must not cross the network in plain http.</summary>
    protected abstract bool HasCredentials { get; }

    /// <summary>The base URL requests are sent to, ending in a slash: <see cref="BaseUrl"/>, else the spec's server.</summary>
    /// <returns>The base address.</returns>
    /// <exception cref="InvalidOperationException">The options are not valid (see <see cref="Validate"/>).</exception>
    public Uri GetBaseAddress()
    {
        // Only what an address and credentials need: the resilience settings are checked where the pipeline is built
        // (Create, DI start-up), and a client made on the caller's own HttpClient does not use them at all.
        ThrowIfAny(ConnectionProblems());
        var url = BaseUrl ?? ServerAddress()
            ?? throw new InvalidOperationException($"The spec gives no server URL: set {Section}:BaseUrl.");
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    /// <summary>Every problem with these options, as messages that say what to change; empty when they are valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = ConnectionProblems();
        ValidateResilience(problems);
        return problems;
    }

    /// <summary>Throws with every problem at once when the options are not valid.</summary>
    /// <exception cref="InvalidOperationException">The options are not valid.</exception>
    public void ThrowIfInvalid() => ThrowIfAny(Validate());

    private List<string> ConnectionProblems()
    {
        var problems = new List<string>(_bindingProblems);
        if (BaseUrl is null)
        {
            var before = problems.Count;
            ValidateServer(problems);
            if (problems.Count == before)
            {
                ValidateServerAddress(problems);
            }
        }
        else if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{Section}:BaseUrl must be an absolute http(s) URL, like https://example.test/api/v1/.");
        }
        else if (BaseUrl.UserInfo.Length > 0 || BaseUrl.Query.Length > 0 || BaseUrl.Fragment.Length > 0)
        {
            problems.Add($"{Section}:BaseUrl must be a plain base URL without user name, password, query or fragment, like https://example.test/api/v1/; credentials have settings of their own.");
        }
        else if (BaseUrl.Scheme == Uri.UriSchemeHttp && HasCredentials && !IsLoopback(BaseUrl))
        {
            problems.Add($"{Section}:BaseUrl must use https unless it is a loopback address (localhost, 127.0.0.1, [::1]): over plain http to {BaseUrl.Host} the credentials would cross the network readable by anyone on the way.");
        }

        ValidateCredentials(problems);
        return problems;
    }

    private void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The {GetType().Name} are not valid:\n- " + string.Join("\n- ", problems));
        }
    }

    /// <summary>The credential of each security scheme that has one set, by the scheme's name in the spec.</summary>
    /// <returns>The credentials.</returns>
    public abstract IReadOnlyDictionary<string, ApiCredential> GetCredentials();

    /// <summary>The spec's server URL with the options' variables in it; null when the spec has no server.</summary>
    /// <returns>The URL; called only when <see cref="Validate"/> found nothing wrong.</returns>
    protected abstract Uri? ServerAddress();

    /// <summary>Adds the problems of the server variables (used when <see cref="BaseUrl"/> is not set).</summary>
    /// <param name="problems">Where problems go.</param>
    protected abstract void ValidateServer(List<string> problems);

    /// <summary>Adds the problems of the credentials.</summary>
    /// <param name="problems">Where problems go.</param>
    protected abstract void ValidateCredentials(List<string> problems);

    /// <summary>
    /// Binds <see cref="BaseUrl"/> and <see cref="Resilience"/> from a configuration section, without reflection. A key
    /// the options do not have (a misspelling, or a setting of an older version) is remembered and reported by
    /// <see cref="Validate"/> instead of being ignored.
    /// </summary>
    /// <param name="section">The client's section, e.g. <c>Tratta</c>.</param>
    /// <param name="keys">The keys of the generated class's own properties.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void BindCommon(IConfiguration section, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(keys);
        if (section["BaseUrl"] is { Length: > 0 } url)
        {
            BaseUrl = Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var parsed) ? parsed : new Uri("invalid", UriKind.Relative);
        }

        foreach (var child in section.GetChildren())
        {
            if (child.Key is not ("BaseUrl" or "Resilience") && Array.IndexOf(keys, child.Key) < 0)
            {
                _bindingProblems.Add($"{Section}:{child.Key} is not a setting of {GetType().Name}: remove it or fix its name.");
            }
        }

        try
        {
            section.GetSection("Resilience").Bind(Resilience, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException exception)
        {
            // A misspelt key, a value that is not a number or a duration, or a key of the options before version 0.2.
            _bindingProblems.Add($"{Section}:Resilience: {exception.Message}");
        }
    }

    /// <summary>The base URL as it may be printed: scheme, host and path only.</summary>
    /// <returns>The printable form, or null.</returns>
    protected string? PrintableBaseUrl() => BaseUrl switch
    {
        { IsAbsoluteUri: true } url => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            + (url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0 ? " [REDACTED parts]" : ""),
        { } => "[not an absolute URL]",
        null => null,
    };

    /// <summary>A secret as it may be printed.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns><c>(none)</c> or <c>[REDACTED]</c>.</returns>
    protected static string Redacted(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : "[REDACTED]";

    private void ValidateServerAddress(List<string> problems)
    {
        Uri? server;
        try
        {
            server = ServerAddress();
        }
        catch (UriFormatException)
        {
            server = null;
        }

        if (server is null || !server.IsAbsoluteUri || (server.Scheme != Uri.UriSchemeHttps && server.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"The spec gives no absolute http(s) server URL{(server is null ? "" : " (it says '" + server.OriginalString + "')")}: set {Section}:BaseUrl.");
        }
        else if (server.Scheme == Uri.UriSchemeHttp && HasCredentials && !IsLoopback(server))
        {
            problems.Add($"The spec's server {server.GetLeftPart(UriPartial.Authority)} uses plain http: the credentials would cross the network readable by anyone on the way. Set {Section}:BaseUrl to an https URL.");
        }
    }

    // The strategies' own limits (a failure ratio above 1, a break shorter than half a second…) are Polly's: building
    // the pipeline once finds them now, at start-up, instead of at the first request.
    private void ValidateResilience(List<string> problems)
    {
        if (Resilience is null)
        {
            problems.Add($"{Section}:Resilience must not be null.");
            return;
        }

        var own = Resilience.Validate($"{Section}:Resilience").ToList();
        problems.AddRange(own);
        if (own.Count > 0)
        {
            return;
        }

        try
        {
            Http.ApiResiliencePipeline.Create(Resilience);
        }
        catch (Exception exception) when (exception is System.ComponentModel.DataAnnotations.ValidationException or ArgumentException)
        {
            problems.Add($"{Section}:Resilience is not valid: {exception.Message.Replace(Environment.NewLine, " ")}");
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
