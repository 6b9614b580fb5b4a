using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Http.Resilience;

namespace Tratta.Runtime;

/// <summary>
/// Retries, timeouts, circuit breaking and rate limiting of a generated client: Microsoft's
/// <see cref="HttpStandardResilienceOptions"/> (the options of <c>AddStandardResilienceHandler</c>, bound from the same
/// configuration keys: <c>Retry:MaxRetryAttempts</c>, <c>AttemptTimeout:Timeout</c>, <c>TotalRequestTimeout:Timeout</c>,
/// <c>CircuitBreaker:…</c>, <c>RateLimiter:…</c>), with payment-safe retries always on top: a call that may have reached
/// the server is sent again only when its operation is idempotent (GET, PUT, DELETE, unless the spec says otherwise),
/// because without an idempotency key a repeated charge takes a person's money twice. A call whose connection failed
/// before any byte was sent is retried whatever its method.
/// </summary>
/// <remarks>
/// The defaults differ from the standard handler's where a payment API needs it: an attempt may take 30 seconds
/// (a charge that times out has an unknown outcome) and a call 2 minutes; backoff starts at 1 second and is capped at
/// 30; the circuit breaker samples 60 seconds (at least twice the attempt timeout, as the standard handler requires).
/// </remarks>
public sealed class ApiResilienceOptions : HttpStandardResilienceOptions
{
    /// <summary>Creates the options with the defaults above.</summary>
    public ApiResilienceOptions()
    {
        AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
        TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(2);
        Retry.Delay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
    }

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for before a retry; a server asking for longer gets no retry
    /// and the caller an exception with <see cref="ApiException.RetryAfter"/>. Default 60 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The main settings, for logs (nothing here is secret).</summary>
    /// <returns>The retry, timeout and circuit breaker settings.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{ Retry = {{ MaxRetryAttempts = {Retry.MaxRetryAttempts}, Delay = {Retry.Delay}, MaxDelay = {Retry.MaxDelay}, BackoffType = {Retry.BackoffType}, UseJitter = {Retry.UseJitter} }}, MaxRetryAfter = {MaxRetryAfter}, AttemptTimeout = {AttemptTimeout.Timeout}, TotalRequestTimeout = {TotalRequestTimeout.Timeout}, CircuitBreaker = {{ FailureRatio = {CircuitBreaker.FailureRatio}, MinimumThroughput = {CircuitBreaker.MinimumThroughput}, SamplingDuration = {CircuitBreaker.SamplingDuration}, BreakDuration = {CircuitBreaker.BreakDuration} }} }}");

    /// <summary>The problems with these options, as messages that name the configuration key to change.</summary>
    /// <param name="section">The configuration path of these options, e.g. <c>Tratta:Resilience</c>.</param>
    /// <returns>Every problem; empty when the options can build a pipeline.</returns>
    internal IEnumerable<string> Validate(string section)
    {
        if (Retry.MaxRetryAttempts < 0)
        {
            yield return $"{section}:Retry:MaxRetryAttempts must not be negative (0 turns retries off).";
        }

        if (Retry.Delay < TimeSpan.Zero || Retry.Delay > TimeSpan.FromDays(1) || Retry.MaxDelay is { } maxDelay && (maxDelay < Retry.Delay || maxDelay > TimeSpan.FromDays(1)))
        {
            yield return $"{section}:Retry:Delay must be between zero and a day, and Retry:MaxDelay not shorter than Retry:Delay nor longer than a day.";
        }

        if (Outside(AttemptTimeout.Timeout) || Outside(TotalRequestTimeout.Timeout) || TotalRequestTimeout.Timeout < AttemptTimeout.Timeout)
        {
            yield return $"{section}:AttemptTimeout:Timeout and {section}:TotalRequestTimeout:Timeout must be between 10 ms and a day, and the total not shorter than an attempt.";
        }

        if (CircuitBreaker.SamplingDuration < AttemptTimeout.Timeout + AttemptTimeout.Timeout)
        {
            yield return $"{section}:CircuitBreaker:SamplingDuration must be at least twice {section}:AttemptTimeout:Timeout.";
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            yield return $"{section}:MaxRetryAfter must not be negative.";
        }
    }

    private static bool Outside(TimeSpan timeout) => timeout < TimeSpan.FromMilliseconds(10) || timeout > TimeSpan.FromDays(1);
}
