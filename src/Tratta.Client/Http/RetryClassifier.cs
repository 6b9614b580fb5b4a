using System;
using System.Net;
using System.Net.Http;
using Polly;
using Polly.Timeout;
using Tratta.Generator.Runtime;

namespace Tratta.Client.Http;

/// <summary>
/// Decides whether an attempt may be repeated. The rule that matters most: a POST (create customer, create charge)
/// is repeated only when its connection failed before any byte of it was sent. After that, the server may have
/// acted on it, and without an idempotency key a second POST could charge a person twice.
/// </summary>
internal static class RetryClassifier
{
    public static bool ShouldRetry(HttpRequestMessage request, Outcome<HttpResponseMessage> outcome, TrattaResilienceOptions options, DateTimeOffset now)
    {
        if (outcome.Exception is { } failure && TransportFailures.NothingSent(request, failure))
        {
            return true;
        }

        if (!IsSafeToRepeat(request.Method) || (request.Method == HttpMethod.Put && !options.RetryPut))
        {
            return false;
        }

        return outcome switch
        {
            { Exception: HttpRequestException or System.IO.IOException } => true,
            { Exception: TimeoutRejectedException } => true,
            { Result: { } response } => IsTransient(response.StatusCode) && RetryAfterWithin(response, options.MaxRetryAfter, now),
            _ => false,
        };
    }

    /// <summary>The server's <c>Retry-After</c>, when it gave one: the next attempt waits that long.</summary>
    public static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, DateTimeOffset now) =>
        outcome.Result is { } response ? Tratta.Generator.Runtime.RateLimitHeaders.RetryAfter(response, now) : null;

    /// <summary>GET, PUT, DELETE (and HEAD, OPTIONS) mean the same thing when sent twice.</summary>
    public static bool IsSafeToRepeat(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head || method == HttpMethod.Options;

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static bool RetryAfterWithin(HttpResponseMessage response, TimeSpan maxRetryAfter, DateTimeOffset now) =>
        Tratta.Generator.Runtime.RateLimitHeaders.RetryAfter(response, now) is not { } wait || wait <= maxRetryAfter;
}
