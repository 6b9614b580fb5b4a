using System;
using System.Net.Http;
using Polly;

namespace Tratta.Runtime.Http;

/// <summary>
/// Decides whether an attempt may be repeated, on top of whether its outcome is transient. The rule that matters most:
/// an operation that is not idempotent (a POST that creates a customer or a charge) is repeated only when its
/// connection failed before any byte of it was sent. After that the server may have acted on it, and without an
/// idempotency key a second POST could charge a person twice.
/// </summary>
internal static class PaymentSafeRetry
{
    public static bool MayRepeat(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, DateTimeOffset now)
    {
        if (request is null)
        {
            // Not a request of this client's pipeline: nothing tells whether repeating it is safe.
            return false;
        }

        if (outcome.Exception is { } failure && TransportFailures.NothingSent(request, failure))
        {
            return true;
        }

        var isIdempotent = request.Options.TryGetValue(ApiOperation.Key, out var operation)
            ? operation.IsIdempotent
            : ApiOperation.IsIdempotentMethod(request.Method);
        if (!isIdempotent)
        {
            return false;
        }

        return outcome.Result is not { } response || RateLimitHeaders.RetryAfter(response, now) is not { } wait || wait <= maxRetryAfter;
    }

    /// <summary>The server's <c>Retry-After</c>, when it gave one: the next attempt waits that long.</summary>
    public static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, DateTimeOffset now) =>
        outcome.Result is { } response ? RateLimitHeaders.RetryAfter(response, now) : null;
}
