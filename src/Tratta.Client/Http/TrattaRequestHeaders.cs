using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;

namespace Tratta.Client.Http;

/// <summary>What every request carries: <c>Authorization: Bearer …</c> and <c>User-Agent: Tratta.Client/&lt;version&gt;</c>.</summary>
internal static class TrattaRequestHeaders
{
    public static readonly string Version =
        typeof(TrattaRequestHeaders).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static readonly ProductInfoHeaderValue UserAgent = new("Tratta.Client", Version);

    /// <summary>Adds the headers to a request; the key is held by the closure, never by anything that prints.</summary>
    public static Action<HttpRequestMessage> For(string apiKey)
    {
        var authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return request =>
        {
            request.Headers.Authorization = authorization;
            request.Headers.UserAgent.Add(UserAgent);
        };
    }
}
