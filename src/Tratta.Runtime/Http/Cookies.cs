using System.Linq;
using System.Net.Http;

namespace Tratta.Runtime.Http;

/// <summary>Adds cookies to requests: one <c>Cookie</c> header, pairs separated by <c>; </c> (RFC 6265, 5.4).</summary>
internal static class Cookies
{
    public static void Add(HttpRequestMessage request, string name, string value)
    {
        var pair = name + "=" + value;
        if (request.Headers.TryGetValues("Cookie", out var existing))
        {
            pair = string.Join("; ", existing.Append(pair));
            request.Headers.Remove("Cookie");
        }

        request.Headers.TryAddWithoutValidation("Cookie", pair);
    }
}
