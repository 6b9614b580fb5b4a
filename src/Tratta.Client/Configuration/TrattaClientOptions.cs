using System;
using System.Collections.Generic;
using System.Net;

namespace Tratta.Client;

/// <summary>
/// Where the client sends requests and how it authenticates. Bind it from the <c>Tratta</c> configuration section
/// (<see cref="SectionName"/>) or set it in code; it is validated when the client is created.
/// </summary>
public sealed class TrattaClientOptions
{
    /// <summary>The configuration section <c>AddTrattaClient(IConfiguration)</c> binds: <c>Tratta</c>.</summary>
    public const string SectionName = "Tratta";

    // The variable of the spec's server URL that the organization UUID fills in.
    private const string OrganizationVariable = "{organization}";

    /// <summary>
    /// The organization UUID: requests go to the spec's server (<see cref="TrattaClient.ServerUrl"/>,
    /// <c>https://{organization}.production.tratta.io/api/v1</c>) with this id in it. Not needed when
    /// <see cref="BaseUrl"/> is set.
    /// </summary>
    public string? OrganizationId { get; set; }

    /// <summary>
    /// An explicit base URL, e.g. a local sandbox's <c>http://127.0.0.1:5080/api/v1/</c>; wins over
    /// <see cref="OrganizationId"/>. Must be https, or http on a loopback address.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API key, sent as <c>Authorization: Bearer …</c>. Never printed by <see cref="ToString"/>, logs or exceptions.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Retries and timeouts of the resilience handler.</summary>
    public TrattaResilienceOptions Resilience { get; set; } = new();

    /// <summary>The base URL requests are sent to, ending in a slash.</summary>
    /// <exception cref="InvalidOperationException">The options are not valid (see <see cref="Validate"/>).</exception>
    public Uri GetBaseAddress()
    {
        ThrowIfInvalid();
        var url = BaseUrl ?? ProductionUrl(Guid.Parse(OrganizationId!));
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    /// <summary>Every problem with these options, as messages that say what to change; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (BaseUrl is null)
        {
            if (string.IsNullOrWhiteSpace(OrganizationId))
            {
                problems.Add($"Set {SectionName}:OrganizationId (the organization UUID) or {SectionName}:BaseUrl.");
            }
            else if (!Guid.TryParseExact(OrganizationId.Trim(), "D", out _))
            {
                // The value is not repeated: an API key pasted into the wrong setting would end up in a log.
                problems.Add($"{SectionName}:OrganizationId must be the organization UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301; the value set ({OrganizationId.Length} characters) is not one.");
            }
        }
        else if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{SectionName}:BaseUrl must be an absolute http(s) URL, like https://example.test/api/v1/.");
        }
        else if (BaseUrl.UserInfo.Length > 0 || BaseUrl.Query.Length > 0 || BaseUrl.Fragment.Length > 0)
        {
            problems.Add($"{SectionName}:BaseUrl must be a plain base URL without user name, password, query or fragment, like https://example.test/api/v1/; the API key goes in {SectionName}:ApiKey.");
        }
        else if (BaseUrl.Scheme == Uri.UriSchemeHttp && !IsLoopback(BaseUrl))
        {
            problems.Add($"{SectionName}:BaseUrl must use https unless it is a loopback address (localhost, 127.0.0.1, [::1]): over plain http to {BaseUrl.Host} the API key would cross the network readable by anyone on the way.");
        }

        if (string.IsNullOrEmpty(ApiKey))
        {
            problems.Add($"Set {SectionName}:ApiKey to the API key of the organization.");
        }
        else if (ApiKey.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            problems.Add($"{SectionName}:ApiKey contains white space, a line break or a character outside printable ASCII (a copy-and-paste slip, most likely): copy the key again without them.");
        }

        problems.AddRange(Resilience.Validate($"{SectionName}:Resilience"));
        return problems;
    }

    /// <summary>Throws with every problem at once when the options are not valid.</summary>
    /// <exception cref="InvalidOperationException">The options are not valid.</exception>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The Tratta client options are not valid:\n- " + string.Join("\n- ", problems));
        }
    }

    /// <summary>
    /// The options with the API key redacted. An organization id that is not a UUID, and the user info and query of a
    /// base URL (all refused by <see cref="Validate"/>), are not printed either: they may be a key set in the wrong place.
    /// </summary>
    public override string ToString() =>
        $"TrattaClientOptions {{ OrganizationId = {PrintableOrganizationId}, BaseUrl = {PrintableBaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "[REDACTED]")}, Resilience = {Resilience} }}";

    private string? PrintableOrganizationId =>
        OrganizationId is null || Guid.TryParseExact(OrganizationId.Trim(), "D", out _) ? OrganizationId : "[not a UUID]";

    private string? PrintableBaseUrl => BaseUrl switch
    {
        { IsAbsoluteUri: true } url => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            + (url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0 ? " [REDACTED parts]" : ""),
        { } => "[not an absolute URL]",
        null => null,
    };

    private static Uri ProductionUrl(Guid organizationId) =>
        TrattaClient.ServerUrl.Contains(OrganizationVariable, StringComparison.Ordinal)
            ? new Uri(TrattaClient.ServerUrl.Replace(OrganizationVariable, organizationId.ToString("D"), StringComparison.Ordinal))
            : throw new InvalidOperationException($"The spec's server URL ({TrattaClient.ServerUrl}) has no {OrganizationVariable} variable for the organization id: set BaseUrl instead.");

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
