using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace Tratta.Runtime.Http;

/// <summary>
/// The HTTP pipeline of a client created without dependency injection: connection pooling, the resilience handler,
/// one log event per attempt, and the attempt handler, in the order the DI registration builds them.
/// </summary>
public static class ApiHttpClientFactory
{
    /// <summary>Creates an HttpClient with the whole pipeline; keep it for the life of the application.</summary>
    /// <param name="resilience">Retries, timeouts and circuit breaking; validated here.</param>
    /// <param name="logger">Where attempts are logged.</param>
    /// <param name="timeProvider">The clock of delays, timeouts and logged durations; the system clock when null.</param>
    /// <param name="primaryHandler">The handler that sends requests; a pooled <see cref="SocketsHttpHandler"/> when null.</param>
    /// <returns>The HttpClient, its own timeout off (the pipeline's timeouts apply).</returns>
    public static HttpClient Create(ApiResilienceOptions resilience, ILogger logger, TimeProvider? timeProvider = null, HttpMessageHandler? primaryHandler = null)
    {
        var handler = CreateHandlers(resilience, logger, timeProvider, primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The resilience handler, then the logging handler (so that each attempt is logged), then the attempt handler, then <paramref name="inner"/>.</summary>
    /// <param name="resilience">Retries, timeouts and circuit breaking; validated here.</param>
    /// <param name="logger">Where attempts are logged.</param>
    /// <param name="timeProvider">The clock of delays, timeouts and logged durations; the system clock when null.</param>
    /// <param name="inner">The handler that sends requests.</param>
    /// <returns>The outermost handler.</returns>
    public static DelegatingHandler CreateHandlers(ApiResilienceOptions resilience, ILogger logger, TimeProvider? timeProvider, HttpMessageHandler inner) =>
        new ResilienceHandler(ApiResiliencePipeline.Create(resilience, timeProvider))
        {
            InnerHandler = new ApiLoggingHandler(logger, timeProvider) { InnerHandler = new AttemptHandler { InnerHandler = inner } },
        };
}
