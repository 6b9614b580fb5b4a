using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Tratta.Client.Http;
using Tratta.Generator.Runtime;

namespace Tratta.Client;

// The hand-written part of the generated client: construction from TrattaClientOptions.
public sealed partial class TrattaClient
{
    /// <summary>The name of the HttpClient that <c>AddTrattaClient</c> registers with IHttpClientFactory.</summary>
    public const string HttpClientName = "Tratta";

    /// <summary>
    /// Creates a client that sends its requests with <paramref name="httpClient"/> to the base URL of
    /// <paramref name="options"/>, with the API key and User-Agent on every request. Retries and logging come from
    /// the handlers of <paramref name="httpClient"/>: see <see cref="Create"/> for a client that has them.
    /// </summary>
    /// <param name="httpClient">The HTTP client to send requests with; its BaseAddress is not used.</param>
    /// <param name="options">The base URL and API key; validated here.</param>
    /// <param name="timeProvider">The clock for date rules; the system clock when null.</param>
    /// <exception cref="InvalidOperationException">The options are not valid; the message lists every problem.</exception>
    public TrattaClient(HttpClient httpClient, TrattaClientOptions options, TimeProvider? timeProvider = null)
        : this(Connect(httpClient, options, timeProvider))
    {
    }

    /// <summary>
    /// Creates a client with its own HTTP pipeline, for use without dependency injection: connection pooling,
    /// the resilience handler (payment-safe retries, timeouts) and one log event per attempt. Create it once and
    /// keep it for the life of the application, as an HttpClient.
    /// </summary>
    /// <param name="options">The base URL, API key and resilience settings; validated here.</param>
    /// <param name="loggerFactory">Where attempts are logged; nowhere when null.</param>
    /// <param name="timeProvider">The clock for retries, timeouts and date rules; the system clock when null.</param>
    /// <exception cref="InvalidOperationException">The options are not valid; the message lists every problem.</exception>
    public static TrattaClient Create(TrattaClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var pipeline = CreateHandlers(options, loggerFactory ?? NullLoggerFactory.Instance, timeProvider, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return new TrattaClient(new HttpClient(pipeline) { Timeout = System.Threading.Timeout.InfiniteTimeSpan }, options, timeProvider);
    }

    /// <summary>The resilience handler, then the logging handler (so that each attempt is logged), then <paramref name="inner"/>.</summary>
    internal static DelegatingHandler CreateHandlers(TrattaClientOptions options, ILoggerFactory loggerFactory, TimeProvider? timeProvider, HttpMessageHandler inner) =>
        new TrattaResilienceHandler(options.Resilience, timeProvider)
        {
            InnerHandler = new TrattaLoggingHandler(loggerFactory.CreateLogger<TrattaClient>(), timeProvider) { InnerHandler = inner },
        };

    private static ApiConnection Connect(HttpClient httpClient, TrattaClientOptions options, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        return new ApiConnection(httpClient, timeProvider ?? TimeProvider.System, TrattaExceptionFactory.Instance, options.GetBaseAddress(), TrattaRequestHeaders.For(options.ApiKey!));
    }
}
