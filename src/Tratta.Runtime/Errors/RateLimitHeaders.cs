using System;
using System.Globalization;
using System.Net.Http;

namespace Tratta.Runtime;

/// <summary>Reads <c>Retry-After</c> and <c>X-RateLimit-*</c> response headers.</summary>
internal static class RateLimitHeaders
{
    /// <summary>
    /// <c>Retry-After</c> as seconds, or as an HTTP date; never negative. A date is on the server's clock, so it is
    /// measured from the response's <c>Date</c> header when there is one (a client clock minutes off would otherwise
    /// wait minutes too long or too short), else from <paramref name="now"/>.
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? now);
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    public static long? Number(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                if (long.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }
            }
        }

        return null;
    }

    /// <summary><c>X-RateLimit-Reset</c> as Unix seconds.</summary>
    public static DateTimeOffset? Reset(HttpResponseMessage response) =>
        Number(response, "X-RateLimit-Reset") is { } seconds && seconds > 0 && seconds < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
