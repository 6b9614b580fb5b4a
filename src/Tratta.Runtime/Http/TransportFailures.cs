using System;
using System.Net.Http;

namespace Tratta.Runtime.Http;

/// <summary>
/// Which failures prove that a request never reached the server. It matters for every POST: without an idempotency
/// key, a request that may have arrived must not be sent again (a charge would take the money twice).
/// </summary>
internal static class TransportFailures
{
    /// <summary>
    /// The request option a retrying handler sets once any attempt of the call may have reached the server: a later
    /// attempt that could not connect does not make the whole call "not sent".
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> MayHaveReachedServerKey = new("Tratta.MayHaveReachedServer");

    /// <summary>
    /// The failure happened before any byte of the request was written: while the connection was being set up, or in
    /// the resilience pipeline (an open circuit, a rate limiter) that refused to send it.
    /// </summary>
    public static bool WasNotSent(Exception failure) =>
        failure is Polly.CircuitBreaker.BrokenCircuitException or Polly.RateLimiting.RateLimiterRejectedException
        || failure is HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError
                or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError
                or HttpRequestError.ProxyTunnelError,
        };

    /// <summary>Whether no attempt of this request can have reached the server, the last one failing with <paramref name="failure"/>.</summary>
    public static bool NothingSent(HttpRequestMessage request, Exception failure) =>
        WasNotSent(failure) && !(request.Options.TryGetValue(MayHaveReachedServerKey, out var reached) && reached);
}
