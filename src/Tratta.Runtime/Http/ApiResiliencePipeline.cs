using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Tratta.Runtime.Http;

/// <summary>
/// Builds the resilience pipeline of a generated client from <see cref="ApiResilienceOptions"/>: the strategies of
/// Microsoft's standard handler in its order (rate limiter, total timeout, retry, circuit breaker, attempt timeout),
/// with the retry predicate narrowed by <see cref="PaymentSafeRetry"/>. The same pipeline serves the DI registration
/// and a client created without DI.
/// </summary>
public static class ApiResiliencePipeline
{
    /// <summary>Adds the strategies to <paramref name="builder"/>.</summary>
    /// <param name="builder">A pipeline builder, e.g. the one <c>AddResilienceHandler</c> hands over.</param>
    /// <param name="options">The resilience options; validated here.</param>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ApiResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var problems = string.Join(" ", options.Validate("Resilience"));
        if (problems.Length > 0)
        {
            throw new ArgumentException(problems, nameof(options));
        }

        var clock = builder.TimeProvider ?? TimeProvider.System;
        builder.AddRateLimiter(options.RateLimiter);
        builder.AddTimeout(options.TotalRequestTimeout);
        if (options.Retry.MaxRetryAttempts > 0)
        {
            builder.AddRetry(PaymentSafe(options.Retry, options.MaxRetryAfter, clock));
        }

        builder.AddCircuitBreaker(options.CircuitBreaker);
        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>A pipeline on its own, for a client created without dependency injection.</summary>
    /// <param name="options">The resilience options; validated here.</param>
    /// <param name="timeProvider">The clock of delays and timeouts; the system clock when null.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline<HttpResponseMessage> Create(ApiResilienceOptions options, TimeProvider? timeProvider = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider ?? TimeProvider.System };
        Configure(builder, options);
        return builder.Build();
    }

    // A copy of the configured retry with both predicates: the configured one says whether the outcome is worth
    // retrying (by default: 408, 429, 5xx, a network error, a timed-out attempt), ours whether repeating is safe.
    private static HttpRetryStrategyOptions PaymentSafe(HttpRetryStrategyOptions configured, TimeSpan maxRetryAfter, TimeProvider clock)
    {
        var isWorthRetrying = configured.ShouldHandle;
        var onRetry = configured.OnRetry;
        var delayGenerator = configured.ShouldRetryAfterHeader ? null : configured.DelayGenerator;
        var honourRetryAfter = configured.ShouldRetryAfterHeader;
        return new HttpRetryStrategyOptions
        {
            Name = configured.Name,
            MaxRetryAttempts = configured.MaxRetryAttempts,
            BackoffType = configured.BackoffType,
            UseJitter = configured.UseJitter,
            Delay = configured.Delay,
            MaxDelay = configured.MaxDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = async arguments =>
                PaymentSafeRetry.MayRepeat(arguments.Context.GetRequestMessage(), arguments.Outcome, maxRetryAfter, clock.GetUtcNow())
                && await isWorthRetrying(arguments).ConfigureAwait(false),
            Randomizer = configured.Randomizer,

            // The server's Retry-After when it gave one (measured on its own clock), else a delay generator of yours.
            DelayGenerator = async arguments =>
                (honourRetryAfter ? PaymentSafeRetry.RetryAfter(arguments.Outcome, clock.GetUtcNow()) : null)
                ?? (delayGenerator is null ? null : await delayGenerator(arguments).ConfigureAwait(false)),

            // The response being retried is never returned: disposing it releases its connection before the delay.
            OnRetry = async arguments =>
            {
                if (onRetry is not null)
                {
                    await onRetry(arguments).ConfigureAwait(false);
                }

                arguments.Outcome.Result?.Dispose();
            },
        };
    }
}
